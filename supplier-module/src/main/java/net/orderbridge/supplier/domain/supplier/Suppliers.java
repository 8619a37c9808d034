package net.orderbridge.supplier.domain.supplier;

import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.SupplierId;

/**
 * The mirrored suppliers, as a collection. A port: the JPA adapter lives in {@code
 * infrastructure.persistence}. Every method runs inside the caller's transaction.
 */
public interface Suppliers {

  Optional<Supplier> find(SupplierId id);

  Optional<Supplier> findByOdooId(long odooId);

  /** Every mirrored supplier, active or not (a full refresh compares them with Odoo). */
  List<Supplier> all();

  void add(Supplier supplier);

  /**
   * One page of the suppliers whose name, email or reference contains {@code query} (any case;
   * blank matches all), active ones first, then by name.
   */
  Page<Supplier> search(String query, PageRequest page);
}
