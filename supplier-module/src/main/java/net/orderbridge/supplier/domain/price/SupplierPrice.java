package net.orderbridge.supplier.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/**
 * One price break of a vendor for a product, mirrored from Odoo's {@code product.supplierinfo}:
 * from {@link #minQuantity()} units on, the supplier sells at {@link #price()} with {@link
 * #delayDays()} days of lead time. Archived or vanished lines stay, inactive.
 */
@Entity
@Table(name = "supplier_price", schema = "supplier")
public class SupplierPrice {

  @Id private UUID id;

  @Column(name = "odoo_id", nullable = false, unique = true)
  private long odooId;

  @Column(name = "supplier_id", nullable = false)
  private UUID supplierId;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "template_odoo_id", nullable = false)
  private long templateOdooId;

  @Column(name = "min_quantity", nullable = false, precision = 19, scale = 6)
  private BigDecimal minQuantity;

  @Column(name = "price", nullable = false, precision = 19, scale = 6)
  private BigDecimal price;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "delay_days", nullable = false)
  private int delayDays;

  @Column(name = "uom")
  private String uom;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "odoo_write_date")
  private Instant odooWriteDate;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  protected SupplierPrice() {
    // for JPA
  }

  private SupplierPrice(SupplierPriceId id, long odooId) {
    this.id = Objects.requireNonNull(id, "id").value();
    if (odooId <= 0) {
      throw new IllegalArgumentException("Odoo ids are positive: " + odooId);
    }
    this.odooId = odooId;
  }

  public static SupplierPrice mirror(
      SupplierPriceId id, long odooId, PriceTerms terms, Instant at) {
    SupplierPrice price = new SupplierPrice(id, odooId);
    price.apply(terms, at);
    return price;
  }

  /** Takes Odoo's answer unless it is older than the snapshot held; says whether it applied. */
  public boolean refresh(PriceTerms terms, Instant at) {
    Objects.requireNonNull(terms, "terms");
    if (terms.writeDate() != null
        && odooWriteDate != null
        && terms.writeDate().isBefore(odooWriteDate)) {
      return false;
    }
    apply(terms, at);
    return true;
  }

  public void markMissingFromOdoo(Instant at) {
    this.active = false;
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  private void apply(PriceTerms terms, Instant at) {
    this.supplierId = terms.supplier().value();
    this.productId = terms.product() == null ? null : terms.product().value();
    this.templateOdooId = terms.templateOdooId();
    this.minQuantity = terms.minQuantity().value();
    this.price = terms.price().amount();
    this.currency = terms.price().currency().value();
    this.delayDays = terms.delayDays();
    this.uom = terms.uom();
    this.active = terms.active();
    this.odooWriteDate = terms.writeDate();
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  /** Whether this line prices the given variant: named directly, or through its template. */
  public boolean appliesTo(ProductId product, long productTemplateOdooId) {
    return productId == null
        ? templateOdooId == productTemplateOdooId
        : productId.equals(product.value());
  }

  public SupplierPriceId id() {
    return new SupplierPriceId(id);
  }

  public long odooId() {
    return odooId;
  }

  public SupplierId supplier() {
    return new SupplierId(supplierId);
  }

  /** The variant named by the line; empty when it names only the template. */
  public Optional<ProductId> product() {
    return Optional.ofNullable(productId).map(ProductId::new);
  }

  public long templateOdooId() {
    return templateOdooId;
  }

  public Quantity minQuantity() {
    return new Quantity(minQuantity);
  }

  public Money price() {
    return new Money(price, CurrencyCode.of(currency));
  }

  public int delayDays() {
    return delayDays;
  }

  public Optional<String> uom() {
    return Optional.ofNullable(uom);
  }

  public boolean isActive() {
    return active;
  }

  public Instant refreshedAt() {
    return refreshedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupplierPrice that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
