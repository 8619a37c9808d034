package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.fixture.InMemoryOdooWithLines;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.instance.Installation;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.OdooReferences;
import net.orderbridge.sync.odoo.purchase.PurchaseOrderMapper;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import net.orderbridge.sync.odoo.purchase.UnmappedRecordException;
import net.orderbridge.sync.push.OrderExporter.Exported;
import net.orderbridge.sync.push.OrderExporter.OrderToExport;
import org.junit.jupiter.api.Test;

/**
 * The push's exporter end to end below the outbox: the real {@link OdooOrderExporter}, {@link
 * PurchaseOrderMapper}, {@link OrderCreator}, {@link OrderUpdater}, {@link OrderRemover} and {@link
 * OdooPurchaseOrderRepository} over an in-memory Odoo with lines. What reaches Odoo for a new, a
 * changed, a confirmed, a cancelled and a deleted order, and what is not written because Odoo
 * changed the order since its binding.
 */
class OdooOrderExporterTest {
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final UUID SUPPLIER = UUID.randomUUID();
  private static final UUID BOLTS = UUID.randomUUID();
  private static final UUID NUTS = UUID.randomUUID();

  private final InMemoryOdooWithLines odoo = new InMemoryOdooWithLines(T0);
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final OdooOrderExporter exporter = exporter();

  @Test
  void aNewOrderIsCreatedWithItsLinesUnderItsKeyAndBound() {
    PurchaseOrderSnapshot order = order("AF-PO-000001", "DRAFT", line(BOLTS, "10"));

    Exported result = export(order);

    assertThat(result.succeeded()).isTrue();
    OrderBinding binding = result.binding().orElseThrow();
    assertThat(odoo.orders.get(binding.odooId())).containsEntry("origin", "AF-PO-000001@here");
    long odooLine = odoo.lineIdsOf(binding.odooId()).get(0);
    assertThat(odoo.lines.get(odooLine))
        .containsEntry("product_id", List.of(51L, "Product 51"))
        .containsEntry("product_qty", 10.0)
        .containsEntry("date_planned", "2026-12-24 12:00:00");
    assertThat(binding.lines().get(order.lines().get(0).lineId()).odooLineId()).isEqualTo(odooLine);
    assertThat(binding.writeDate()).isEqualTo(odoo.writeDateOf(binding.odooId()));
  }

  @Test
  void aBoundOrderWhoseLinesChangedGetsTheirCommandsInOneWrite() {
    PurchaseOrderSnapshot first = order("AF-PO-000002", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);
    PurchaseOrderSnapshot.Line bolts = first.lines().get(0);
    PurchaseOrderSnapshot changed =
        revised(first, "DRAFT", withQuantity(bolts, "12"), line(NUTS, "3"));

    Exported result = export(changed, binding);

    assertThat(result.succeeded()).isTrue();
    long boltsLine = binding.lines().get(bolts.lineId()).odooLineId();
    assertThat(odoo.writes).hasSize(1);
    assertThat((List<?>) odoo.writes.get(0).get("order_line"))
        .hasSize(2)
        .anySatisfy(
            c ->
                assertThat(List.<Object>copyOf(((List<?>) c).subList(0, 2)))
                    .containsExactly(1, boltsLine))
        .anySatisfy(
            c ->
                assertThat(List.<Object>copyOf(((List<?>) c).subList(0, 2))).containsExactly(0, 0));
    assertThat(odoo.lines.get(boltsLine)).containsEntry("product_qty", 12.0);
    assertThat(odoo.lineIdsOf(binding.odooId())).hasSize(2);
    assertThat(result.binding().orElseThrow().lines()).hasSize(2);
  }

  @Test
  void aLocallyConfirmedOrderIsConfirmedInOdooWithoutAWrite() {
    PurchaseOrderSnapshot first = order("AF-PO-000003", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);

    Exported result = export(revised(first, "PURCHASE", first.lines().get(0)), binding);

    assertThat(result.succeeded()).isTrue();
    assertThat(odoo.writes).isEmpty();
    assertThat(odoo.buttons).containsExactly("button_confirm " + binding.odooId());
    assertThat(odoo.orders.get(binding.odooId())).containsEntry("state", "purchase");
    assertThat(result.binding().orElseThrow().odooState()).isEqualTo("purchase");
  }

  @Test
  void aLocallyCancelledOrderIsCancelledInOdoo() {
    PurchaseOrderSnapshot first = order("AF-PO-000004", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);

    Exported result = export(revised(first, "CANCELLED", first.lines().get(0)), binding);

    assertThat(result.succeeded()).isTrue();
    assertThat(odoo.buttons).containsExactly("button_cancel " + binding.odooId());
    assertThat(odoo.orders.get(binding.odooId())).containsEntry("state", "cancel");
  }

  @Test
  void anOrderOdooChangedSinceItsBindingIsNotWrittenButReported() {
    PurchaseOrderSnapshot first = order("AF-PO-000005", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);
    odoo.editedByAUser(binding.odooId(), Map.of("note", "call before delivery"));
    PurchaseOrderSnapshot changed =
        revised(first, "PURCHASE", withQuantity(first.lines().get(0), "12"));

    Exported result = export(changed, binding);

    assertThat(result.changedInOdoo()).isTrue();
    assertThat(result.succeeded()).isFalse();
    assertThat(odoo.writes).as("nothing written over the edit").isEmpty();
    assertThat(odoo.buttons).isEmpty();
  }

  @Test
  void aBoundOrderOdooNoLongerHasFailsAsGone() {
    PurchaseOrderSnapshot first = order("AF-PO-000006", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);
    odoo.orders.remove(binding.odooId());

    Exported result = export(first, binding);

    assertThat(result.failure())
        .isInstanceOf(OdooRecordMissingException.class)
        .hasMessageContaining(binding.odooId() + " (" + binding.odooName() + ") is gone");
  }

  @Test
  void whenTheBatchsReadFailsEveryUpdateFailsAndTheCreatesStillHappen() {
    PurchaseOrderSnapshot bound = order("AF-PO-000007", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(bound);
    PurchaseOrderSnapshot fresh = order("AF-PO-000008", "DRAFT", line(NUTS, "1"));
    odoo.failNext("read " + InMemoryOdooWithLines.ORDER, unavailable());

    List<Exported> results =
        exporter.export(
            List.of(
                new OrderToExport(bound.id(), Optional.of(bound), Optional.of(binding)),
                new OrderToExport(fresh.id(), Optional.of(fresh), Optional.empty())));

    assertThat(byOrder(results, bound.id()).failure()).isInstanceOf(OdooUnavailableException.class);
    assertThat(byOrder(results, fresh.id()).succeeded()).isTrue();
    assertThat(odoo.orders.values()).anyMatch(o -> "AF-PO-000008@here".equals(o.get("origin")));
  }

  @Test
  void anOrderTheMapperCannotMapFailsAloneBeforeAnythingIsSent() {
    PurchaseOrderSnapshot unknown = order("AF-PO-000009", "DRAFT", line(UUID.randomUUID(), "1"));
    PurchaseOrderSnapshot fine = order("AF-PO-000010", "DRAFT", line(BOLTS, "1"));

    List<Exported> results =
        exporter.export(
            List.of(
                new OrderToExport(unknown.id(), Optional.of(unknown), Optional.empty()),
                new OrderToExport(fine.id(), Optional.of(fine), Optional.empty())));

    assertThat(byOrder(results, unknown.id()).failure())
        .isInstanceOf(UnmappedRecordException.class);
    assertThat(byOrder(results, fine.id()).succeeded()).isTrue();
    assertThat(odoo.orders).hasSize(1);
  }

  @Test
  void whenTheCreateStepFailsAsAWholeEachOfItsOrdersFails() {
    PurchaseOrderSnapshot order = order("AF-PO-000011", "DRAFT", line(BOLTS, "1"));
    bindings.byOrder.put(order.id(), OrderBinding.reserved(order.id(), "AF-PO-000011@here"));
    odoo.failNext("searchRead " + InMemoryOdooWithLines.ORDER, unavailable());

    Exported result = export(order, bindings.byOrder.get(order.id()));

    assertThat(result.failure()).isInstanceOf(OdooUnavailableException.class);
    assertThat(odoo.orders).isEmpty();
  }

  @Test
  void aDeletedOrderIsCancelledAndUnlinkedAndLeavesNoBinding() {
    PurchaseOrderSnapshot first = order("AF-PO-000012", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);

    Exported result = deleted(first.id(), binding);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.binding()).isEmpty();
    assertThat(odoo.buttons).containsExactly("button_cancel " + binding.odooId());
    assertThat(odoo.orders).doesNotContainKey(binding.odooId());
  }

  @Test
  void aDeletedOrderOdooEditedMeanwhileIsLeftInOdooAndReportedWithOdoosDate() {
    PurchaseOrderSnapshot first = order("AF-PO-000013", "DRAFT", line(BOLTS, "10"));
    OrderBinding binding = pushed(first);
    odoo.editedByAUser(binding.odooId(), Map.of("note", "keep it"));

    Exported result = deleted(first.id(), binding);

    assertThat(result.changedInOdoo()).isTrue();
    assertThat(result.odooWriteDate()).isEqualTo(odoo.writeDateOf(binding.odooId()));
    assertThat(odoo.orders).containsKey(binding.odooId());
    assertThat(odoo.buttons).isEmpty();
  }

  /** Creates the order in Odoo through the exporter and returns its binding. */
  private OrderBinding pushed(PurchaseOrderSnapshot order) {
    OrderBinding binding = export(order).binding().orElseThrow();
    bindings.byOrder.put(order.id(), binding);
    odoo.writes.clear();
    odoo.buttons.clear();
    return binding;
  }

  private Exported export(PurchaseOrderSnapshot order) {
    return exporter
        .export(List.of(new OrderToExport(order.id(), Optional.of(order), Optional.empty())))
        .get(0);
  }

  private Exported export(PurchaseOrderSnapshot order, OrderBinding binding) {
    return exporter
        .export(List.of(new OrderToExport(order.id(), Optional.of(order), Optional.of(binding))))
        .get(0);
  }

  private Exported deleted(UUID orderId, OrderBinding binding) {
    return exporter
        .export(List.of(new OrderToExport(orderId, Optional.empty(), Optional.of(binding))))
        .get(0);
  }

  private static Exported byOrder(List<Exported> results, UUID orderId) {
    return results.stream().filter(e -> e.orderId().equals(orderId)).findFirst().orElseThrow();
  }

  private OdooOrderExporter exporter() {
    var client = odoo.client();
    var schema = new PurchaseSchema(client);
    var repository = new OdooPurchaseOrderRepository(client, schema);
    var mapper =
        new PurchaseOrderMapper(new OdooReferences(client, new KnownCatalogue()), schema, HERE);
    var updater = new OrderUpdater(repository);
    return new OdooOrderExporter(
        mapper,
        new OrderCreator(repository, bindings, updater),
        updater,
        new OrderRemover(repository),
        repository);
  }

  private static PurchaseOrderSnapshot order(
      String number, String state, PurchaseOrderSnapshot.Line... lines) {
    return new PurchaseOrderSnapshot(
        UUID.randomUUID(), number, 1, SUPPLIER, "EUR", null, state, false, List.of(lines));
  }

  private static PurchaseOrderSnapshot revised(
      PurchaseOrderSnapshot order, String state, PurchaseOrderSnapshot.Line... lines) {
    return new PurchaseOrderSnapshot(
        order.id(),
        order.number(),
        order.version() + 1,
        order.supplierId(),
        order.currency(),
        order.notes(),
        state,
        false,
        List.of(lines));
  }

  private static PurchaseOrderSnapshot.Line line(UUID product, String quantity) {
    return new PurchaseOrderSnapshot.Line(
        UUID.randomUUID(),
        product,
        null,
        new BigDecimal(quantity),
        new BigDecimal("2.50"),
        LocalDate.of(2026, 12, 24));
  }

  private static PurchaseOrderSnapshot.Line withQuantity(
      PurchaseOrderSnapshot.Line line, String quantity) {
    return new PurchaseOrderSnapshot.Line(
        line.lineId(),
        line.productId(),
        line.description(),
        new BigDecimal(quantity),
        line.unitPrice(),
        line.plannedDate());
  }

  private static OdooUnavailableException unavailable() {
    return new OdooUnavailableException(
        OdooUnavailableException.Outcome.NOT_SENT, null, "connection refused", null);
  }

  /** This installation, whose id would come from its database. */
  private static final Installation HERE =
      new Installation() {
        @Override
        public String id() {
          return "here";
        }
      };

  /** The supplier and the two products the catalogue mirrors from Odoo. */
  private static final class KnownCatalogue extends Catalogue {
    private final Map<UUID, Long> odooIds =
        new HashMap<>(Map.of(SUPPLIER, 7L, BOLTS, 51L, NUTS, 52L));

    @Override
    public Optional<Long> odooIdOf(SupplierId id) {
      return Optional.ofNullable(odooIds.get(id.value()));
    }

    @Override
    public Optional<Long> odooIdOf(ProductId id) {
      return Optional.ofNullable(odooIds.get(id.value()));
    }
  }
}
