package net.orderbridge.purchaseorder.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderNumber;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.PurchaseOrderId;

/** A fake of the repository port; it cannot raise {@code @Version}, which JPA does at flush. */
final class InMemoryPurchaseOrders implements PurchaseOrders {

  private final Map<PurchaseOrderId, PurchaseOrder> orders = new LinkedHashMap<>();
  private long sequence;
  int stores;

  int count() {
    return orders.size();
  }

  @Override
  public PurchaseOrderId nextId() {
    return PurchaseOrderId.random();
  }

  @Override
  public PurchaseOrderNumber nextNumber() {
    return PurchaseOrderNumber.fromSequence(++sequence);
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public List<PurchaseOrder> findAll(java.util.Collection<PurchaseOrderId> ids) {
    return ids.stream().map(orders::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public void add(PurchaseOrder order) {
    if (orders.putIfAbsent(order.id(), order) != null) {
      throw new IllegalStateException("already added: " + order.id());
    }
  }

  @Override
  public void store(PurchaseOrder order) {
    if (!orders.containsKey(order.id())) {
      throw new IllegalStateException("never added: " + order.id());
    }
    stores++;
  }

  @Override
  public void remove(PurchaseOrder order) {
    orders.remove(order.id());
  }

  @Override
  public Page<PurchaseOrder> search(PurchaseOrderCriteria criteria, PageRequest page) {
    List<PurchaseOrder> matches =
        orders.values().stream()
            .filter(criteria::matches)
            .sorted(Comparator.comparing((PurchaseOrder o) -> o.number().value()).reversed())
            .toList();
    List<PurchaseOrder> items = matches.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, matches.size(), page);
  }
}
