package net.orderbridge.sync.odoo.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooRecord;

/**
 * Odoo ids of what an order refers to. Suppliers and products come from Odoo, so the catalogue
 * knows their ids; currencies and units of measure are asked once and remembered (they are part of
 * Odoo's configuration, not of its data). An unknown mapping is an {@link UnmappedRecordException}.
 */
@ApplicationScoped
public class OdooReferences {
  private static final Map<String, Object> ALL_RECORDS = Map.of("active_test", false);

  private final OdooClient odoo;
  private final Catalogue catalogue;

  @Inject
  public OdooReferences(OdooClient odoo, Catalogue catalogue) {
    this.odoo = odoo;
    this.catalogue = catalogue;
  }

  /** For CDI's client proxy. */
  protected OdooReferences() {
    this(null, null);
  }

  private final Map<String, Long> currencies = new ConcurrentHashMap<>();
  private final Map<Long, Long> productUnits = new ConcurrentHashMap<>();

  long partner(UUID supplierId) {
    return catalogue
        .odooIdOf(new SupplierId(supplierId))
        .orElseThrow(() -> new UnmappedRecordException("supplier " + supplierId + " is unknown"));
  }

  long product(UUID productId) {
    return catalogue
        .odooIdOf(new ProductId(productId))
        .orElseThrow(() -> new UnmappedRecordException("product " + productId + " is unknown"));
  }

  long currency(String code) {
    Long id = currencies.get(code);
    if (id != null) {
      return id;
    }
    List<Map<String, Object>> found =
        odoo.searchRead(
            "res.currency",
            List.of(List.of("name", "=", code)),
            List.of("name"),
            0,
            1,
            null,
            ALL_RECORDS);
    if (found.isEmpty()) {
      throw new UnmappedRecordException("Odoo has no currency " + code);
    }
    long odooId = new OdooRecord(found.get(0)).id();
    currencies.put(code, odooId);
    return odooId;
  }

  /** The unit of measure of each product (its {@code uom_id}), asking Odoo for unknown ones. */
  Map<Long, Long> units(Collection<Long> products) {
    List<Long> missing = new ArrayList<>();
    for (Long product : products) {
      if (!productUnits.containsKey(product) && !missing.contains(product)) {
        missing.add(product);
      }
    }
    if (!missing.isEmpty()) {
      for (Map<String, Object> values :
          odoo.read("product.product", missing, List.of("uom_id"), ALL_RECORDS)) {
        OdooRecord product = new OdooRecord(values);
        Long unit = product.many2oneId("uom_id");
        if (unit != null) {
          productUnits.put(product.id(), unit);
        }
      }
    }
    Map<Long, Long> result = new java.util.HashMap<>();
    for (Long product : products) {
      Long unit = productUnits.get(product);
      if (unit == null) {
        throw new UnmappedRecordException("Odoo product " + product + " has no unit of measure");
      }
      result.put(product, unit);
    }
    return result;
  }
}
