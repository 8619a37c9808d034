package net.orderbridge.sync.odoo.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierSource;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.OdooRecord;
import net.orderbridge.sync.odoo.OdooRejectedException;

/**
 * The supplier catalogue as Odoo holds it: vendors ({@code res.partner}), products ({@code
 * product.product}) and their vendor prices ({@code product.supplierinfo}), archived ones included
 * ({@code active_test=False}).
 *
 * <p>Vendors are partners with {@code supplier_rank > 0} and also partners that appear on purchase
 * orders or in a vendor price list: Odoo does not raise the rank when an order is created or
 * confirmed, nor when a partner is added to a product's vendors (in the reference catalogue, Wood
 * Corner sells eight products with a rank of 0). Every other partner (customers, employees' and
 * contacts' addresses) is personal data we have no use for: it is never mirrored, also not when a
 * webhook names it.
 */
@ApplicationScoped
public class OdooSupplierSource implements SupplierSource {
  static final Map<String, Object> ALL_RECORDS = Map.of("active_test", false);
  private static final int PAGE = 2000;
  private static final List<String> PARTNER_FIELDS =
      List.of("name", "email", "ref", "is_company", "supplier_rank", "active", "write_date");
  private static final List<String> PRODUCT_FIELDS =
      List.of(
          "name",
          "product_tmpl_id",
          "default_code",
          "uom_id",
          "standard_price",
          "list_price",
          "purchase_ok",
          "active",
          "write_date");

  private OdooClient odoo;
  private final Map<String, Set<String>> fieldsByModel = new ConcurrentHashMap<>();

  protected OdooSupplierSource() {}

  @Inject
  public OdooSupplierSource(OdooClient odoo) {
    this.odoo = odoo;
  }

  @Override
  public List<SupplierRecord> suppliers() {
    return guarded(
        () -> {
          Set<Long> onOrders = new LinkedHashSet<>();
          partnersOf("purchase.order", Map.of(), onOrders);
          partnersOf("product.supplierinfo", ALL_RECORDS, onOrders);
          List<Object> domain =
              List.of(
                  "|",
                  List.of("supplier_rank", ">", 0),
                  List.of("id", "in", List.copyOf(onOrders)));
          return all("res.partner", domain, PARTNER_FIELDS, ALL_RECORDS).stream()
              .map(CatalogueMapping::supplier)
              .toList();
        });
  }

  /** The partner, when it is a vendor; empty for any other contact, as for a deleted one. */
  @Override
  public Optional<SupplierRecord> supplier(long odooId) {
    return guarded(
        () ->
            one("res.partner", odooId, PARTNER_FIELDS)
                .map(CatalogueMapping::supplier)
                .filter(partner -> partner.supplierRank() > 0 || namedAsVendor(odooId)));
  }

  /** On a purchase order or in a vendor price list, as {@link #suppliers()} counts vendors. */
  private boolean namedAsVendor(long partnerId) {
    List<?> ofPartner = List.of(List.of("partner_id", "=", partnerId));
    return odoo.searchCount("purchase.order", ofPartner, ALL_RECORDS) > 0
        || odoo.searchCount("product.supplierinfo", ofPartner, ALL_RECORDS) > 0;
  }

  @Override
  public List<ProductRecord> products() {
    return guarded(
        () ->
            all("product.product", List.of(), PRODUCT_FIELDS, ALL_RECORDS).stream()
                .map(CatalogueMapping::product)
                .toList());
  }

  @Override
  public Optional<ProductRecord> product(long odooId) {
    return guarded(
        () -> one("product.product", odooId, PRODUCT_FIELDS).map(CatalogueMapping::product));
  }

  @Override
  public List<SupplierPriceRecord> prices() {
    return guarded(() -> priceRecords(List.of()));
  }

  @Override
  public Optional<SupplierPriceRecord> price(long odooId) {
    return guarded(
        () -> one("product.supplierinfo", odooId, priceFields()).map(CatalogueMapping::price));
  }

  @Override
  public List<SupplierPriceRecord> pricesOfSupplier(long odooId) {
    return guarded(() -> priceRecords(List.of(List.of("partner_id", "=", odooId))));
  }

  @Override
  public List<SupplierPriceRecord> pricesOfProduct(long odooId) {
    return guarded(
        () -> {
          Optional<OdooRecord> product = one("product.product", odooId, List.of("product_tmpl_id"));
          if (product.isEmpty()) {
            return List.of();
          }
          Long template = product.get().many2oneId("product_tmpl_id");
          return priceRecords(
              List.of(
                  "|",
                  List.of("product_id", "=", odooId),
                  "&",
                  List.of("product_id", "=", false),
                  List.of("product_tmpl_id", "=", template)));
        });
  }

  private void partnersOf(String model, Map<String, Object> context, Set<Long> into) {
    for (OdooRecord record : all(model, List.of(), List.of("partner_id"), context)) {
      Long partner = record.many2oneId("partner_id");
      if (partner != null) {
        into.add(partner);
      }
    }
  }

  private List<SupplierPriceRecord> priceRecords(List<?> domain) {
    return all("product.supplierinfo", domain, priceFields(), ALL_RECORDS).stream()
        .map(CatalogueMapping::price)
        .toList();
  }

  /**
   * Odoo 19 renamed the unit of measure of a vendor price from {@code product_uom} to {@code
   * product_uom_id}.
   */
  private List<String> priceFields() {
    Set<String> known = fields("product.supplierinfo");
    List<String> wanted =
        new ArrayList<>(
            List.of(
                "partner_id",
                "product_id",
                "product_tmpl_id",
                "min_qty",
                "price",
                "currency_id",
                "delay",
                "write_date"));
    if (known.contains("product_uom_id")) {
      wanted.add("product_uom_id");
    } else if (known.contains("product_uom")) {
      wanted.add("product_uom");
    }
    if (known.contains("active")) {
      wanted.add("active");
    }
    return wanted;
  }

  private Set<String> fields(String model) {
    return fieldsByModel.computeIfAbsent(
        model, m -> Set.copyOf(odoo.fieldsGet(m, List.of("type")).keySet()));
  }

  private Optional<OdooRecord> one(String model, long id, List<String> fields) {
    return odoo.read(model, List.of(id), fields, ALL_RECORDS).stream()
        .findFirst()
        .map(OdooRecord::new);
  }

  private List<OdooRecord> all(
      String model, List<?> domain, List<String> fields, Map<String, Object> context) {
    List<OdooRecord> records = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Map<String, Object>> page =
          odoo.searchRead(model, domain, fields, offset, PAGE, "id", context);
      page.forEach(values -> records.add(new OdooRecord(values)));
      if (page.size() < PAGE) {
        return records;
      }
    }
  }

  private static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (OdooRejectedException refused) {
      throw refused;
    } catch (OdooException
        | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException unavailable) {
      throw new SupplierSourceUnavailableException(
          "Odoo cannot be reached for the catalogue: " + unavailable.getMessage(), unavailable);
    }
  }
}
