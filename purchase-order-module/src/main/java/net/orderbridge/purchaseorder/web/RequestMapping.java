package net.orderbridge.purchaseorder.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.orderbridge.purchaseorder.application.LineInput;
import net.orderbridge.purchaseorder.application.PlacePurchaseOrder;
import net.orderbridge.purchaseorder.application.RevisePurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineId;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/** Turns request bodies into commands, naming the field at fault when a value can't be read. */
final class RequestMapping {
  private RequestMapping() {}

  static PlacePurchaseOrder place(PlacePurchaseOrderRequest body) {
    PlacePurchaseOrderRequest request = required(body);
    return new PlacePurchaseOrder(
        id(request.supplierId(), "supplierId", SupplierId::new),
        request.currency(),
        request.notes(),
        lines(request));
  }

  static RevisePurchaseOrder revise(
      PurchaseOrderId order, long expectedVersion, PlacePurchaseOrderRequest body) {
    PlacePurchaseOrderRequest request = required(body);
    return new RevisePurchaseOrder(
        order,
        expectedVersion,
        id(request.supplierId(), "supplierId", SupplierId::new),
        request.currency(),
        request.notes(),
        lines(request));
  }

  /**
   * The page of a search; page and size arrive as text because JAX-RS answers an unconvertible
   * query parameter with a bare 404 instead of naming the field.
   */
  static PageRequest page(String page, String size) {
    return new PageRequest(number("page", page, 0), number("size", size, 20));
  }

  /** {@code number} or {@code total}, descending with a leading {@code -}; newest first unset. */
  static PurchaseOrderCriteria.Sort sort(String sort) {
    if (sort == null || sort.isBlank()) {
      return PurchaseOrderCriteria.Sort.NUMBER_DESC;
    }
    return switch (sort.strip()) {
      case "number" -> PurchaseOrderCriteria.Sort.NUMBER_ASC;
      case "-number" -> PurchaseOrderCriteria.Sort.NUMBER_DESC;
      case "total" -> PurchaseOrderCriteria.Sort.TOTAL_ASC;
      case "-total" -> PurchaseOrderCriteria.Sort.TOTAL_DESC;
      default ->
          throw ApplicationProblem.invalid("sort", "sort must be number, -number, total or -total");
    };
  }

  private static int number(String field, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException notANumber) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT, field, field + " must be a whole number");
    }
  }

  static <T> T id(String value, String field, Function<UUID, T> type) {
    if (value == null || value.isBlank()) {
      throw ApplicationProblem.invalid(field, field + " is required.");
    }
    try {
      return type.apply(UUID.fromString(value.trim()));
    } catch (IllegalArgumentException notUuid) {
      throw ApplicationProblem.invalid(field, field + " must be a UUID, not '" + value + "'.");
    }
  }

  private static PlacePurchaseOrderRequest required(PlacePurchaseOrderRequest body) {
    if (body == null) {
      throw ApplicationProblem.invalid(null, "A JSON body is required.");
    }
    return body;
  }

  private static List<LineInput> lines(PlacePurchaseOrderRequest request) {
    List<LineInput> lines = new ArrayList<>();
    if (request.lines() == null) {
      return lines;
    }
    for (int i = 0; i < request.lines().size(); i++) {
      LineRequest line = request.lines().get(i);
      String prefix = "lines[" + i + "].";
      if (line == null) {
        throw ApplicationProblem.invalid("lines[" + i + "]", "A line must be an object.");
      }
      OrderLineId lineId =
          line.lineId() == null ? null : id(line.lineId(), prefix + "lineId", OrderLineId::new);
      lines.add(
          new LineInput(
              lineId,
              id(line.productId(), prefix + "productId", ProductId::new),
              line.quantity(),
              line.unitPrice(),
              line.plannedDate()));
    }
    return lines;
  }
}
