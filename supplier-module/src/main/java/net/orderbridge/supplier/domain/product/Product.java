package net.orderbridge.supplier.domain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.domain.ProductId;

/**
 * A product variant, mirrored from Odoo's {@code product.product}, with the id of its template
 * ({@code product_tmpl_id}): supplier prices may name the template only, and then apply to every
 * variant of it. See {@link net.orderbridge.supplier.domain.supplier.Supplier} for how snapshots
 * are ordered by {@code write_date}.
 */
@Entity
@Table(name = "product", schema = "supplier")
public class Product {

  @Id private UUID id;

  @Column(name = "odoo_id", nullable = false, unique = true)
  private long odooId;

  @Column(name = "template_odoo_id", nullable = false)
  private long templateOdooId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "default_code")
  private String defaultCode;

  @Column(name = "uom", nullable = false)
  private String uom;

  @Column(name = "standard_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal standardPrice;

  @Column(name = "list_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal listPrice;

  @Column(name = "purchase_ok", nullable = false)
  private boolean purchasable;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "odoo_write_date")
  private Instant odooWriteDate;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  protected Product() {
    // for JPA
  }

  private Product(ProductId id, long odooId) {
    this.id = Objects.requireNonNull(id, "id").value();
    if (odooId <= 0) {
      throw new IllegalArgumentException("Odoo ids are positive: " + odooId);
    }
    this.odooId = odooId;
  }

  /** A product seen in Odoo for the first time. */
  public static Product mirror(ProductId id, long odooId, ProductDetails details, Instant at) {
    Product product = new Product(id, odooId);
    product.apply(details, at);
    return product;
  }

  /** Takes Odoo's answer unless it is older than the snapshot held; says whether it applied. */
  public boolean refresh(ProductDetails details, Instant at) {
    Objects.requireNonNull(details, "details");
    if (details.writeDate() != null
        && odooWriteDate != null
        && details.writeDate().isBefore(odooWriteDate)) {
      return false;
    }
    apply(details, at);
    return true;
  }

  /** Odoo no longer returns this product: keep it, inactive. */
  public void markMissingFromOdoo(Instant at) {
    this.active = false;
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  private void apply(ProductDetails details, Instant at) {
    this.templateOdooId = details.templateOdooId();
    this.name = details.name();
    this.defaultCode = details.defaultCode();
    this.uom = details.uom();
    this.standardPrice = details.standardPrice();
    this.listPrice = details.listPrice();
    this.purchasable = details.purchasable();
    this.active = details.active();
    this.odooWriteDate = details.writeDate();
    this.refreshedAt = Objects.requireNonNull(at, "at");
  }

  public ProductId id() {
    return new ProductId(id);
  }

  public long odooId() {
    return odooId;
  }

  public long templateOdooId() {
    return templateOdooId;
  }

  public String name() {
    return name;
  }

  public Optional<String> defaultCode() {
    return Optional.ofNullable(defaultCode);
  }

  public String uom() {
    return uom;
  }

  public BigDecimal standardPrice() {
    return standardPrice;
  }

  public BigDecimal listPrice() {
    return listPrice;
  }

  public boolean isPurchasable() {
    return purchasable;
  }

  public boolean isActive() {
    return active;
  }

  public Optional<Instant> odooWriteDate() {
    return Optional.ofNullable(odooWriteDate);
  }

  public Instant refreshedAt() {
    return refreshedAt;
  }

  public Duration age(Instant now) {
    return Duration.between(refreshedAt, now);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Product that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
