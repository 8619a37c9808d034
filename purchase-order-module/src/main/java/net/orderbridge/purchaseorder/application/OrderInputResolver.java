package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineSpec;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderTerms;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;

/**
 * Turns a client's header and lines into domain terms and line specs, with the help of the
 * catalogue: the supplier and products must exist, a missing unit price comes from the supplier's
 * price list, a missing planned date is today. Refusals are {@code UNPROCESSABLE} and name the
 * field ({@code supplierId}, {@code lines[2].productId}, …); the aggregate checks the rest. Input
 * beyond {@link OrderInputLimits} is {@code INVALID_INPUT} (400).
 */
@ApplicationScoped
public class OrderInputResolver {

  private SupplierCatalogue catalogue;
  private Clock clock;
  private OrderInputLimits limits;

  protected OrderInputResolver() {
    // for CDI proxies
  }

  @Inject
  public OrderInputResolver(SupplierCatalogue catalogue, Clock clock, OrderInputLimits limits) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * The order's header. Without a currency, the order takes the currency of the supplier's price
   * for the first line, as Odoo takes the vendor's; with no such price the caller must name one.
   * The notes and the lines' numbers are checked against {@link OrderInputLimits} first, before
   * anything computes with them.
   */
  public OrderTerms terms(
      SupplierId supplierId, String currency, String notes, List<LineInput> lines) {
    limits.check(notes, lines);
    if (supplierId == null) {
      throw ApplicationProblem.invalid("supplierId", "a supplier is required");
    }
    if (!catalogue.supplierExists(supplierId)) {
      throw ApplicationProblem.invalid("supplierId", "unknown supplier " + supplierId);
    }
    if (currency != null) {
      return new OrderTerms(supplierId, CurrencyCode.of(currency), notes);
    }
    CurrencyCode listed =
        lines.stream()
            .filter(line -> line != null && line.productId() != null)
            .findFirst()
            .flatMap(
                line ->
                    catalogue.price(
                        supplierId,
                        line.productId(),
                        line.quantity() != null && line.quantity().signum() > 0
                            ? new Quantity(line.quantity())
                            : new Quantity(BigDecimal.ONE)))
            .map(Money::currency)
            .orElseThrow(
                () ->
                    ApplicationProblem.invalid(
                        "currency",
                        "the supplier lists no price to take a currency from; name one"));
    return new OrderTerms(supplierId, listed, notes);
  }

  public List<OrderLineSpec> lines(OrderTerms terms, List<LineInput> inputs) {
    List<OrderLineSpec> specs = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      specs.add(line(terms, inputs.get(i), "lines[" + i + "]."));
    }
    return specs;
  }

  private OrderLineSpec line(OrderTerms terms, LineInput input, String field) {
    if (input == null || input.productId() == null) {
      throw ApplicationProblem.invalid(field + "productId", "a product is required");
    }
    ProductInfo product =
        catalogue
            .product(input.productId())
            .orElseThrow(
                () ->
                    ApplicationProblem.invalid(
                        field + "productId", "unknown product " + input.productId()));
    Quantity quantity = quantity(input.quantity(), field);
    Money unitPrice = unitPrice(terms, product.id(), quantity, input.unitPrice(), field);
    LocalDate planned = input.plannedDate() != null ? input.plannedDate() : LocalDate.now(clock);
    return new OrderLineSpec(
        input.lineId(), product.id(), product.name(), quantity, unitPrice, planned);
  }

  private static Quantity quantity(BigDecimal value, String field) {
    if (value == null || value.signum() <= 0) {
      throw ApplicationProblem.invalid(field + "quantity", "the quantity must be above zero");
    }
    return new Quantity(value);
  }

  private Money unitPrice(
      OrderTerms terms, ProductId product, Quantity quantity, BigDecimal given, String field) {
    if (given != null) {
      return new Money(given, terms.currency());
    }
    Money listed =
        catalogue
            .price(terms.supplierId(), product, quantity)
            .orElseThrow(
                () ->
                    ApplicationProblem.invalid(
                        field + "unitPrice",
                        "the supplier lists no price for product " + product + "; give one"));
    if (!listed.isIn(terms.currency())) {
      throw ApplicationProblem.invalid(
          field + "unitPrice",
          "the supplier's price is in " + listed.currency() + ", the order in " + terms.currency());
    }
    return listed;
  }
}
