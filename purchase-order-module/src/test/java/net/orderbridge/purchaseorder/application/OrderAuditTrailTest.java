package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.purchaseorder.domain.audit.AuditEntries;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLineSpec;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderTerms;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderState;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.event.PurchaseOrderChanged;
import net.orderbridge.shared.event.PurchaseOrderChangedInOdoo;
import net.orderbridge.shared.event.PurchaseOrderDeleted;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import net.orderbridge.shared.event.PurchaseOrderSyncStateChanged;
import net.orderbridge.shared.event.PurchaseOrderSyncStatesChanged;
import net.orderbridge.shared.event.SyncStatus;
import org.junit.jupiter.api.Test;

/** Who and what the audit trail records, over an entity manager that only collects entries. */
class OrderAuditTrailTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final OrderAudit.Origin PULL =
      new OrderAudit.Origin("sync:pull", null, "pulled from Odoo");

  private final List<AuditEntry> written = new ArrayList<>();
  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final OrderAuditTrail trail = new OrderAuditTrail();

  OrderAuditTrailTest() {
    trail.entries =
        new AuditEntries() {
          @Override
          public void add(AuditEntry entry) {
            written.add(entry);
          }

          @Override
          public List<AuditEntry> latestOf(UUID orderId, int limit) {
            List<AuditEntry> of =
                written.stream().filter(e -> e.orderId().equals(orderId)).toList();
            return of.subList(Math.max(0, of.size() - limit), of.size());
          }

          @Override
          public Optional<String> placedBy(UUID orderId) {
            return written.stream()
                .filter(e -> e.orderId().equals(orderId) && e.action().equals("PLACED"))
                .map(AuditEntry::actor)
                .findFirst();
          }
        };
    trail.orders = orders;
    trail.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private PurchaseOrder placedAndTaken() {
    PurchaseOrder order =
        PurchaseOrder.place(
            orders.nextId(),
            orders.nextNumber(),
            new OrderTerms(SupplierId.random(), CurrencyCode.of("EUR"), "first"),
            List.of(
                OrderLineSpec.newLine(
                    ProductId.random(),
                    "Dog food",
                    Quantity.of("2"),
                    new Money(BigDecimal.TEN, CurrencyCode.of("EUR")),
                    LocalDate.of(2026, 12, 10))),
            NOW);
    orders.add(order);
    order.takeChanges();
    return order;
  }

  private static Principal named(String name) {
    return () -> name;
  }

  @Test
  void aChangeByAUserRecordsTheUserAndTheChangedFields() {
    trail.caller = named("buyer");
    PurchaseOrder order = placedAndTaken();
    order.markSent();

    trail.changed(new PurchaseOrderChanged(order.id().value(), NOW));

    AuditEntry entry = written.get(0);
    assertThat(entry.action()).isEqualTo("CHANGED");
    assertThat(entry.actor()).isEqualTo("buyer");
    assertThat(entry.detail()).isNull();
    assertThat(entry.changes())
        .extracting(Object::toString)
        .containsExactly("state: DRAFT -> SENT");
  }

  @Test
  void theTrailReadsBackWhoPlacedAnOrderAndItsLatestEntries() {
    trail.caller = named("buyer");
    PurchaseOrder order = placedAndTaken();
    UUID id = order.id().value();
    trail.changed(new PurchaseOrderPlaced(id, NOW));
    order.applyRemoteState(PurchaseOrderState.PURCHASE, false);
    trail.changed(new PurchaseOrderChanged(id, NOW));

    assertThat(trail.placedBy(id)).contains("buyer");
    assertThat(trail.placedBy(UUID.randomUUID())).isEmpty();
    assertThat(trail.of(id, 1)).extracting(AuditEntry::action).containsExactly("CHANGED");
    assertThat(trail.of(id, 10))
        .extracting(AuditEntry::action)
        .containsExactly("PLACED", "CHANGED");
  }

  @Test
  void withoutACallerThePartOfTheSyncInForceIsTheActorWithItsDetail() {
    trail.caller = named("UNAUTHENTICATED");
    PurchaseOrder order = placedAndTaken();
    order.applyRemoteState(PurchaseOrderState.PURCHASE, false);

    trail.attributing(
        PULL, () -> trail.changed(new PurchaseOrderChangedInOdoo(order.id().value(), NOW)));

    AuditEntry entry = written.get(0);
    assertThat(entry.action()).isEqualTo("CHANGED_IN_ODOO");
    assertThat(entry.actor()).isEqualTo("sync:pull");
    assertThat(entry.detail()).isEqualTo("pulled from Odoo");
    assertThat(entry.changes())
        .extracting(Object::toString)
        .containsExactly("state: DRAFT -> PURCHASE");
  }

  @Test
  void anOriginsActionReplacesTheEventsAndTheOuterOriginIsKept() {
    PurchaseOrder order = placedAndTaken();
    OrderAudit.Origin resolution =
        new OrderAudit.Origin("sync:conflict", "CONFLICT_RESOLVED", "conflict 1: REMOTE");

    String result =
        trail.attributed(
            resolution,
            () ->
                trail.attributed(
                    PULL,
                    () -> {
                      trail.changed(new PurchaseOrderChanged(order.id().value(), NOW));
                      return "done";
                    }));

    assertThat(result).isEqualTo("done");
    assertThat(written.get(0).action()).isEqualTo("CONFLICT_RESOLVED");
    assertThat(written.get(0).actor()).isEqualTo("sync:conflict");
    assertThat(written.get(0).detail()).isEqualTo("conflict 1: REMOTE");

    trail.changed(new PurchaseOrderChanged(order.id().value(), NOW));
    assertThat(written.get(1).actor()).as("no origin after the work").isEqualTo("system");
    assertThat(written.get(1).action()).isEqualTo("CHANGED");
  }

  @Test
  void aDeletedOrUnknownOrderHasNoChanges() {
    trail.changed(new PurchaseOrderDeleted(UUID.randomUUID(), NOW));
    trail.changed(new PurchaseOrderChanged(UUID.randomUUID(), NOW));

    assertThat(written).extracting(AuditEntry::action).containsExactly("DELETED", "CHANGED");
    assertThat(written).allSatisfy(e -> assertThat(e.changes()).isEmpty());
  }

  @Test
  void syncReportsAreTheSystemsUnlessAnOperatorPushedByHand() {
    UUID orderId = UUID.randomUUID();
    PurchaseOrderSyncStateChanged synced =
        new PurchaseOrderSyncStateChanged(orderId, SyncStatus.SYNCED, 7L, "P0007", NOW, null, NOW);
    trail.caller = named("operator");

    trail.synced(synced);
    trail.attributing(
        new OrderAudit.Origin("sync:push", null, "manual push"),
        () -> trail.syncedTogether(new PurchaseOrderSyncStatesChanged(List.of(synced))));

    assertThat(written).extracting(AuditEntry::actor).containsExactly("system", "operator");
    assertThat(written)
        .extracting(AuditEntry::detail)
        .containsExactly("Odoo P0007", "Odoo P0007 (manual push)");
  }

  @Test
  void aNoteIsWrittenForEachOrderWithTheCaller() {
    trail.caller = named("operator");
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    trail.note(List.of(first, second), "DEAD_LETTER_RETRIED", "dead letter 3 put back in line");

    assertThat(written).extracting(AuditEntry::orderId).containsExactly(first, second);
    assertThat(written).extracting(AuditEntry::actor).containsOnly("operator");
    assertThat(written).extracting(AuditEntry::occurredAt).containsOnly(NOW);
  }

  @Test
  void aCallerThatCannotBeAskedIsNoPerson() {
    trail.caller =
        () -> {
          throw new IllegalStateException("no request");
        };

    trail.note(List.of(UUID.randomUUID()), "X", null);

    assertThat(written.get(0).actor()).isEqualTo("system");
  }
}
