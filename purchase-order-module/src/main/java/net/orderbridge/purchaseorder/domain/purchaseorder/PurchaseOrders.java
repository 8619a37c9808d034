package net.orderbridge.purchaseorder.domain.purchaseorder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.PurchaseOrderId;

/**
 * All purchase orders, as a collection. A port: the JPA adapter lives in the module's {@code
 * infrastructure} package. Every method runs inside the caller's transaction.
 */
public interface PurchaseOrders {

  /** A fresh id for an order about to be placed. */
  PurchaseOrderId nextId();

  /**
   * The next human number from a database sequence ({@code AF-PO-000123}). Numbers are never
   * reused; a rolled-back transaction leaves a gap, as sequences do.
   */
  PurchaseOrderNumber nextNumber();

  Optional<PurchaseOrder> find(PurchaseOrderId id);

  /** The orders of these ids that exist, in any order, with their lines, in a few queries. */
  List<PurchaseOrder> findAll(Collection<PurchaseOrderId> ids);

  /** Adds a newly placed order and, like {@link #store}, brings its version up to date. */
  void add(PurchaseOrder order);

  /**
   * Makes the changes to a loaded order part of the transaction and brings {@link
   * PurchaseOrder#version()} up to date (the JPA adapter flushes), so the caller can report the
   * version a client must send back.
   */
  void store(PurchaseOrder order);

  /** Removes an order; call {@link PurchaseOrder#assertDeletable()} first. */
  void remove(PurchaseOrder order);

  /** One page of the orders matching the criteria, newest number first, with the total count. */
  Page<PurchaseOrder> search(PurchaseOrderCriteria criteria, PageRequest page);
}
