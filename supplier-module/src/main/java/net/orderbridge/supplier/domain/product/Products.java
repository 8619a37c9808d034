package net.orderbridge.supplier.domain.product;

import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;

/**
 * The mirrored products, as a collection. A port: the JPA adapter lives in {@code
 * infrastructure.persistence}. Every method runs inside the caller's transaction.
 */
public interface Products {

  Optional<Product> find(ProductId id);

  Optional<Product> findByOdooId(long odooId);

  /** The variants of one Odoo product template. */
  List<Product> ofTemplate(long templateOdooId);

  /** Every mirrored product, active or not. */
  List<Product> all();

  void add(Product product);

  /**
   * One page of the products whose name or internal reference ({@code default_code}) contains
   * {@code query} (any case; blank matches all), active ones first, then by name.
   */
  Page<Product> search(String query, PageRequest page);

  /**
   * One page of the products with an active price of the given supplier: those the price names
   * directly and, for prices that name only a template, every variant of it.
   */
  Page<Product> offeredBy(SupplierId supplier, PageRequest page);
}
