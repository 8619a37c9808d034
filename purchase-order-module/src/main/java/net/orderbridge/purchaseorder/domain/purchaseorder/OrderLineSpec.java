package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * What one line of an order should say, as given to {@link PurchaseOrder#place} and {@link
 * PurchaseOrder#revise}. A spec with a {@code lineId} restates that existing line; one without it
 * adds a line.
 */
public record OrderLineSpec(
    OrderLineId lineId,
    ProductId productId,
    String description,
    Quantity quantity,
    Money unitPrice,
    LocalDate plannedDate) {

  public OrderLineSpec {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(plannedDate, "plannedDate");
  }

  /** A spec for a new line. */
  public static OrderLineSpec newLine(
      ProductId productId,
      String description,
      Quantity quantity,
      Money unitPrice,
      LocalDate plannedDate) {
    return new OrderLineSpec(null, productId, description, quantity, unitPrice, plannedDate);
  }

  public Optional<OrderLineId> existingLine() {
    return Optional.ofNullable(lineId);
  }

  /**
   * Checks the line invariants for the line at {@code index} of an order in {@code currency}:
   * quantity above zero, unit price not negative and in the order's currency, a subtotal below
   * {@link PurchaseOrder#MAX_AMOUNT}, a description.
   *
   * @throws ApplicationProblem {@code UNPROCESSABLE} naming the field, e.g. {@code
   *     lines[1].quantity}
   */
  void checkFor(CurrencyCode currency, int index) {
    String field = "lines[" + index + "].";
    if (!quantity.isPositive()) {
      throw ApplicationProblem.invalid(field + "quantity", "the quantity must be above zero");
    }
    if (unitPrice.isNegative()) {
      throw ApplicationProblem.invalid(field + "unitPrice", "the unit price cannot be negative");
    }
    if (!unitPrice.isIn(currency)) {
      throw ApplicationProblem.invalid(
          field + "unitPrice",
          "the unit price is in " + unitPrice.currency() + ", the order in " + currency);
    }
    if (quantity.value().multiply(unitPrice.amount()).compareTo(PurchaseOrder.MAX_AMOUNT) >= 0) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT,
          "lines[" + index + "]",
          "the line's subtotal (quantity × unit price) must stay below "
              + PurchaseOrder.MAX_AMOUNT.toPlainString());
    }
    if (description.isBlank()) {
      throw ApplicationProblem.invalid(field + "description", "a line needs a description");
    }
  }
}
