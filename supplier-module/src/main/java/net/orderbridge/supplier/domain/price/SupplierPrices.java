package net.orderbridge.supplier.domain.price;

import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.SupplierId;

/**
 * The mirrored supplier prices, as a collection. A port: the JPA adapter lives in {@code
 * infrastructure.persistence}. Every method runs inside the caller's transaction.
 */
public interface SupplierPrices {

  Optional<SupplierPrice> findByOdooId(long odooId);

  /**
   * Every price, active or not, that applies to the variant (by its Odoo id directly, or via its
   * template).
   */
  List<SupplierPrice> ofProduct(long productOdooId, long templateOdooId);

  /** Every price of one supplier, active or not. */
  List<SupplierPrice> ofSupplier(SupplierId supplier);

  /** Every mirrored price, active or not. */
  List<SupplierPrice> all();

  void add(SupplierPrice price);
}
