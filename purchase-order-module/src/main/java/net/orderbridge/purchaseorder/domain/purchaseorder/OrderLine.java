package net.orderbridge.purchaseorder.domain.purchaseorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;

/**
 * One line of a {@link PurchaseOrder}: a product, a quantity, a unit price in the order's currency
 * and a planned date. Lines change only through their order, which checks the invariants first; the
 * subtotal is the unit price times the quantity, rounded half-up to the currency's minor unit
 * (Odoo's {@code price_subtotal} before taxes and discounts).
 */
@Entity
@Table(name = "order_line", schema = "purchase_order")
public class OrderLine {

  @Id private UUID id;

  @Column(name = "product_id", nullable = false)
  private UUID productId;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "quantity", nullable = false, precision = 19, scale = 6)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal unitPrice;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "planned_date", nullable = false)
  private LocalDate plannedDate;

  @Column(name = "subtotal", nullable = false, precision = 19, scale = 6)
  private BigDecimal subtotal;

  protected OrderLine() {
    // for JPA
  }

  OrderLine(OrderLineId id, OrderLineSpec spec) {
    this.id = Objects.requireNonNull(id, "id").value();
    restate(spec);
  }

  void restate(OrderLineSpec spec) {
    Objects.requireNonNull(spec, "spec");
    this.productId = spec.productId().value();
    this.description = spec.description();
    this.plannedDate = spec.plannedDate();
    this.quantity = spec.quantity().value();
    changeUnitPrice(spec.unitPrice());
  }

  void changeQuantity(Quantity newQuantity) {
    this.quantity = Objects.requireNonNull(newQuantity, "quantity").value();
    this.subtotal = computeSubtotal();
  }

  void changeUnitPrice(Money newPrice) {
    Objects.requireNonNull(newPrice, "unitPrice");
    this.unitPrice = newPrice.amount();
    this.currency = newPrice.currency().value();
    this.subtotal = computeSubtotal();
  }

  void changePlannedDate(LocalDate newDate) {
    this.plannedDate = Objects.requireNonNull(newDate, "plannedDate");
  }

  private BigDecimal computeSubtotal() {
    return unitPrice().multiply(quantity()).rounded().amount();
  }

  public OrderLineId id() {
    return new OrderLineId(id);
  }

  public ProductId productId() {
    return new ProductId(productId);
  }

  public String description() {
    return description;
  }

  public Quantity quantity() {
    return new Quantity(quantity);
  }

  public Money unitPrice() {
    return new Money(unitPrice, CurrencyCode.of(currency));
  }

  public LocalDate plannedDate() {
    return plannedDate;
  }

  public Money subtotal() {
    return new Money(subtotal, CurrencyCode.of(currency));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderLine line && id != null && id.equals(line.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "OrderLine[" + id + ", " + quantity + " × " + unitPrice() + "]";
  }
}
