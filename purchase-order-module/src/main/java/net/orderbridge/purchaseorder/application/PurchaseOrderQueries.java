package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.PurchaseOrderId;

/** The use cases that read purchase orders; snapshots are taken inside the transaction. */
@ApplicationScoped
@Transactional
public class PurchaseOrderQueries {

  private PurchaseOrders orders;

  protected PurchaseOrderQueries() {
    // for CDI proxies
  }

  @Inject
  public PurchaseOrderQueries(PurchaseOrders orders) {
    this.orders = Objects.requireNonNull(orders, "orders");
  }

  public Optional<PurchaseOrderDetails> find(PurchaseOrderId id) {
    return orders.find(Objects.requireNonNull(id, "id")).map(PurchaseOrderDetails::of);
  }

  /** The orders of these ids that exist, in any order. */
  public List<PurchaseOrderDetails> findAll(Collection<PurchaseOrderId> ids) {
    return orders.findAll(Objects.requireNonNull(ids, "ids")).stream()
        .map(PurchaseOrderDetails::of)
        .toList();
  }

  /** One page of orders matching the criteria, newest number first, with the total count. */
  public Page<PurchaseOrderSummary> search(PurchaseOrderCriteria criteria, PageRequest page) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(page, "page");
    return orders.search(criteria, page).map(PurchaseOrderSummary::of);
  }
}
