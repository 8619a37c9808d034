package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderNumber;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrders;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.event.SyncStatus;

/** {@link PurchaseOrders} on PostgreSQL through JPA; numbers come from a database sequence. */
@ApplicationScoped
public class JpaPurchaseOrders implements PurchaseOrders {

  @PersistenceContext(unitName = "purchase-orders")
  EntityManager entities;

  @Override
  public PurchaseOrderId nextId() {
    return new PurchaseOrderId(UUID.randomUUID());
  }

  @Override
  public PurchaseOrderNumber nextNumber() {
    Number next =
        (Number)
            entities
                .createNativeQuery("select nextval('purchase_order.purchase_order_number_seq')")
                .getSingleResult();
    return PurchaseOrderNumber.fromSequence(next.longValue());
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return Optional.ofNullable(entities.find(PurchaseOrder.class, id.value()));
  }

  /** One query for the orders, one for all their lines ({@code IN} batch fetch). */
  @Override
  public List<PurchaseOrder> findAll(Collection<PurchaseOrderId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entities
        .createQuery("select o from PurchaseOrder o where o.id in :ids", PurchaseOrder.class)
        .setParameter("ids", ids.stream().map(PurchaseOrderId::value).toList())
        .setHint("eclipselink.batch", "o.lines")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch.size", ids.size())
        .getResultList();
  }

  @Override
  public void add(PurchaseOrder order) {
    entities.persist(order);
    entities.flush();
  }

  @Override
  public void store(PurchaseOrder order) {
    entities.flush();
  }

  @Override
  public void remove(PurchaseOrder order) {
    entities.remove(order);
    entities.flush();
  }

  @Override
  public Page<PurchaseOrder> search(PurchaseOrderCriteria criteria, PageRequest page) {
    CriteriaBuilder builder = entities.getCriteriaBuilder();

    CriteriaQuery<PurchaseOrder> select = builder.createQuery(PurchaseOrder.class);
    Root<PurchaseOrder> order = select.from(PurchaseOrder.class);
    select
        .where(matching(criteria, builder, select, order))
        .orderBy(ordering(criteria.sort(), builder, order));
    TypedQuery<PurchaseOrder> query =
        entities.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size());

    CriteriaQuery<Long> count = builder.createQuery(Long.class);
    Root<PurchaseOrder> counted = count.from(PurchaseOrder.class);
    count.select(builder.count(counted)).where(matching(criteria, builder, count, counted));

    return new Page<>(query.getResultList(), entities.createQuery(count).getSingleResult(), page);
  }

  private static List<jakarta.persistence.criteria.Order> ordering(
      PurchaseOrderCriteria.Sort sort, CriteriaBuilder builder, Root<PurchaseOrder> order) {
    var number = order.get("number");
    var total = order.get("amountUntaxed");
    return switch (sort) {
      case NUMBER_DESC -> List.of(builder.desc(number));
      case NUMBER_ASC -> List.of(builder.asc(number));
      case TOTAL_DESC -> List.of(builder.desc(total), builder.desc(number));
      case TOTAL_ASC -> List.of(builder.asc(total), builder.desc(number));
    };
  }

  private static Predicate[] matching(
      PurchaseOrderCriteria criteria,
      CriteriaBuilder builder,
      CriteriaQuery<?> query,
      Root<PurchaseOrder> order) {
    List<Predicate> predicates = new ArrayList<>();
    criteria
        .stateFilter()
        .ifPresent(state -> predicates.add(builder.equal(order.get("status").get("state"), state)));
    criteria
        .supplierFilter()
        .ifPresent(
            supplier -> predicates.add(builder.equal(order.get("supplierId"), supplier.value())));
    criteria
        .textFilter()
        .ifPresent(
            text -> {
              String pattern =
                  "%"
                      + text.toLowerCase(java.util.Locale.ROOT).replaceAll("([%_\\\\])", "\\\\$1")
                      + "%";
              predicates.add(
                  builder.or(
                      builder.like(builder.lower(order.get("number")), pattern, '\\'),
                      builder.like(builder.lower(order.get("notes")), pattern, '\\')));
            });
    criteria
        .syncStatusFilter()
        .ifPresent(
            status -> {
              Subquery<UUID> synced = query.subquery(UUID.class);
              Root<OrderSyncState> state = synced.from(OrderSyncState.class);
              // a status nobody reports matches no order
              synced
                  .select(state.get("orderId"))
                  .where(
                      Arrays.stream(SyncStatus.values())
                          .filter(known -> known.name().equals(status))
                          .findFirst()
                          .map(known -> builder.equal(state.get("status"), known))
                          .orElse(builder.disjunction()));
              predicates.add(order.get("id").in(synced));
            });
    return predicates.toArray(Predicate[]::new);
  }
}
