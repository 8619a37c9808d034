package net.orderbridge.supplier.domain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.supplier.domain.mirror.CatalogueChange;
import net.orderbridge.supplier.domain.mirror.OdooMirrored;

/**
 * A product variant, mirrored from Odoo's {@code product.product}, with the id of its template
 * ({@code product_tmpl_id}): supplier prices may name the template only, and then apply to every
 * variant of it. See {@link net.orderbridge.supplier.domain.supplier.Supplier} for how snapshots
 * are ordered by {@code write_date}.
 */
@Entity
@Table(name = "product", schema = "supplier")
public class Product extends OdooMirrored<ProductDetails> {

  @Id private UUID id;

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

  protected Product() {
    // for JPA
  }

  private Product(ProductId id, long odooId) {
    super(odooId);
    this.id = Objects.requireNonNull(id, "id").value();
  }

  /** A product seen in Odoo for the first time. */
  public static Product mirror(ProductId id, long odooId, ProductDetails details, Instant at) {
    Product product = new Product(id, odooId);
    product.take(details, at);
    return product;
  }

  @Override
  protected void apply(ProductDetails details) {
    this.templateOdooId = details.templateOdooId();
    this.name = details.name();
    this.defaultCode = details.defaultCode();
    this.uom = details.uom();
    this.standardPrice = details.standardPrice();
    this.listPrice = details.listPrice();
    this.purchasable = details.purchasable();
  }

  @Override
  protected Map<String, String> ownValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("template", String.valueOf(templateOdooId));
    values.put("name", name);
    values.put("defaultCode", defaultCode);
    values.put("uom", uom);
    values.put("standardPrice", CatalogueChange.plain(standardPrice));
    values.put("listPrice", CatalogueChange.plain(listPrice));
    values.put("purchasable", String.valueOf(purchasable));
    return values;
  }

  public ProductId id() {
    return new ProductId(id);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Product that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
