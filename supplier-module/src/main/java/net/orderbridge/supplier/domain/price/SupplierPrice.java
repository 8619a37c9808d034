package net.orderbridge.supplier.domain.price;

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
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.domain.mirror.CatalogueChange;
import net.orderbridge.supplier.domain.mirror.OdooMirrored;

/**
 * One price break of a vendor for a product, mirrored from Odoo's {@code product.supplierinfo}:
 * from {@link #minQuantity()} units on, the supplier sells at {@link #price()} with {@link
 * #delayDays()} days of lead time. Archived or vanished lines stay, inactive.
 */
@Entity
@Table(name = "supplier_price", schema = "supplier")
public class SupplierPrice extends OdooMirrored<PriceTerms> {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false)
  private UUID supplierId;

  /**
   * The variant's Odoo id, null for a template-level line. An Odoo id rather than the local product
   * id: EclipseLink binds a null UUID as VARCHAR, which PostgreSQL refuses for a uuid column.
   */
  @Column(name = "product_odoo_id")
  private Long productOdooId;

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

  protected SupplierPrice() {
    // for JPA
  }

  private SupplierPrice(SupplierPriceId id, long odooId) {
    super(odooId);
    this.id = Objects.requireNonNull(id, "id").value();
  }

  public static SupplierPrice mirror(
      SupplierPriceId id, long odooId, PriceTerms terms, Instant at) {
    SupplierPrice price = new SupplierPrice(id, odooId);
    price.take(terms, at);
    return price;
  }

  @Override
  protected void apply(PriceTerms terms) {
    this.supplierId = terms.supplier().value();
    this.productOdooId = terms.productOdooId();
    this.templateOdooId = terms.templateOdooId();
    this.minQuantity = terms.minQuantity().value();
    this.price = terms.price().amount();
    this.currency = terms.price().currency().value();
    this.delayDays = terms.delayDays();
    this.uom = terms.uom();
  }

  @Override
  protected Map<String, String> ownValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("supplier", supplierId.toString());
    values.put("product", productOdooId == null ? null : productOdooId.toString());
    values.put("template", String.valueOf(templateOdooId));
    values.put("minQuantity", CatalogueChange.plain(minQuantity));
    values.put("price", CatalogueChange.plain(price));
    values.put("currency", currency);
    values.put("delayDays", String.valueOf(delayDays));
    values.put("uom", uom);
    return values;
  }

  /** Whether this line prices the given variant: named directly, or through its template. */
  public boolean appliesTo(long variantOdooId, long variantTemplateOdooId) {
    return productOdooId == null
        ? templateOdooId == variantTemplateOdooId
        : productOdooId == variantOdooId;
  }

  /** Whether the line names one variant ({@code product_id} set in Odoo), not only its template. */
  public boolean namesVariant() {
    return productOdooId != null;
  }

  public SupplierPriceId id() {
    return new SupplierPriceId(id);
  }

  public SupplierId supplier() {
    return new SupplierId(supplierId);
  }

  /** The Odoo id of the variant named by the line; empty when it names only the template. */
  public Optional<Long> productOdooId() {
    return Optional.ofNullable(productOdooId);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof SupplierPrice that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
