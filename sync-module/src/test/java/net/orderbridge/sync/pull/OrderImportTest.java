package net.orderbridge.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;
import net.orderbridge.purchaseorder.api.RemoteOrderChanges.ImportedOrder;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.Catalogue;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.fixture.InMemoryMergeBases;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.InMemoryPulledVersions;
import net.orderbridge.sync.fixture.InMemoryPurchaseOrders;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedRemoteOrderChanges;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;
import net.orderbridge.sync.outcome.SyncOutcome;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins what {@link OrderImport} makes of an order made in Odoo: an order of ours not bound yet is
 * left to the push; an order the import leaves out is remembered with its reason and mode and
 * counted under that reason (mode {@code none}, no partner or currency, a partner not known, a
 * product not known, the last naming the Odoo product in the log instead of failing); any other
 * becomes a local order with a binding (lines bound by product and quantity), a merge base, a
 * judged version, a count and an outcome. A line without a planned date gets today's date on the
 * injected clock.
 */
class OrderImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static final Instant WRITTEN = Instant.parse("2027-03-01T09:59:00Z");
  private static final long PARTNER = 7;
  private static final long ODOO_NUTS = 502;
  private static final long UNKNOWN = 999;

  private final PullRig rig = new PullRig();
  private final UUID supplier = UUID.randomUUID();
  private final UUID nuts = UUID.randomUUID();

  /** Partners the supplier mirror holds, and those only Odoo has (mirrored on first lookup). */
  private final Map<Long, UUID> mirrored = new HashMap<>(Map.of(PARTNER, supplier));

  private final Map<Long, UUID> onlyInOdoo = new HashMap<>();
  private final Set<String> ourKeys = new HashSet<>();

  /** When true, the purchase-order context keeps an imported order's lines in reverse order. */
  private boolean reversesLines;

  private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders();
  private final List<ImportedOrder> imported = new ArrayList<>();
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final InMemoryMergeBases bases = new InMemoryMergeBases();
  private final InMemoryPulledVersions versions = new InMemoryPulledVersions();
  private final RecordedEvents<SyncOutcome> outcomes = new RecordedEvents<>();

  private final Catalogue catalogue =
      new Catalogue() {
        @Override
        public Optional<Long> odooIdOf(ProductId id) {
          return rig.catalogue.odooIdOf(id);
        }

        @Override
        public Optional<ProductId> productByOdooId(long odooId) {
          return rig.catalogue.productByOdooId(odooId);
        }

        @Override
        public Optional<SupplierId> supplierByOdooId(long odooId) {
          Optional<SupplierId> held = knownSupplierByOdooId(odooId);
          return held.isPresent()
              ? held
              : Optional.ofNullable(onlyInOdoo.get(odooId)).map(SupplierId::new);
        }

        @Override
        public Optional<SupplierId> knownSupplierByOdooId(long odooId) {
          return Optional.ofNullable(mirrored.get(odooId)).map(SupplierId::new);
        }
      };

  /** Creates the order in the reader as the purchase-order context would. */
  private final RecordedRemoteOrderChanges changes =
      new RecordedRemoteOrderChanges() {
        @Override
        public UUID importOrder(ImportedOrder order) {
          UUID id = super.importOrder(order);
          imported.add(order);
          List<PurchaseOrderSnapshot.Line> lines = new ArrayList<>();
          for (var l : order.lines()) {
            lines.add(
                new PurchaseOrderSnapshot.Line(
                    UUID.randomUUID(),
                    l.productId(),
                    l.description(),
                    l.quantity(),
                    l.unitPrice(),
                    l.plannedDate()));
          }
          if (reversesLines) {
            Collections.reverse(lines);
          }
          orders.byId.put(
              id,
              new PurchaseOrderSnapshot(
                  id,
                  "AF-PO-" + order.odooId(),
                  1,
                  order.supplierId(),
                  order.currency(),
                  order.notes(),
                  order.state().name(),
                  order.locked(),
                  lines));
          return id;
        }
      };

  private final BoundOrders bound =
      new BoundOrders() {
        @Override
        public Map<Long, UUID> lock(Collection<Long> odooIds) {
          throw new UnsupportedOperationException("lock");
        }

        @Override
        public boolean isOurKey(String origin) {
          return ourKeys.contains(origin);
        }

        @Override
        public Map<Long, UUID> live() {
          throw new UnsupportedOperationException("live");
        }

        @Override
        public boolean markDeletedInOdoo(UUID orderId) {
          throw new UnsupportedOperationException("markDeletedInOdoo");
        }
      };

  OrderImportTest() {
    rig.odooProducts.put(nuts, ODOO_NUTS);
  }

  private OrderImport imports() {
    return new OrderImport(
        bound,
        bases,
        rig.settings(),
        catalogue,
        changes,
        orders,
        bindings,
        versions,
        rig.metrics(),
        CLOCK,
        outcomes);
  }

  @Test
  void anOrderMadeInOdooBecomesALocalOrderBoundToIt() {
    RemoteOrder remote =
        order(
            42,
            "PO-ODOO-1",
            PARTNER,
            "EUR",
            List.of(
                line(9001, PullRig.ODOO_BOLTS, "10", LocalDate.of(2027, 4, 1)),
                line(9002, ODOO_NUTS, "5", LocalDate.of(2027, 4, 2))));

    assertThat(imports().importIfNew(remote)).isEqualTo(PullOneOrder.Outcome.IMPORTED);

    assertThat(imported).singleElement().satisfies(o -> assertImportedAsInOdoo(o));
    UUID orderId = orders.byId.keySet().iterator().next();
    PurchaseOrderSnapshot local = orders.byId.get(orderId);
    OrderBinding binding = bindings.byOrder.get(orderId);
    assertThat(binding.odooId()).isEqualTo(42L);
    assertThat(binding.odooName()).isEqualTo("P42");
    assertThat(binding.externalKey()).isEqualTo(local.number());
    assertThat(binding.writeDate()).isEqualTo(WRITTEN);
    assertThat(binding.odooState()).isEqualTo("purchase");
    assertThat(binding.odooLocked()).isTrue();
    assertThat(binding.syncedAt()).isEqualTo(CLOCK.instant());
    assertThat(binding.lines())
        .containsOnly(
            entry(lineOf(local, PullRig.BOLTS), new OrderBinding.LineBinding(9001, "pulled")),
            entry(lineOf(local, nuts), new OrderBinding.LineBinding(9002, "pulled")));
    assertThat(bases.snapshots.get(orderId).values())
        .containsEntry("lines/" + lineOf(local, nuts) + "/product", String.valueOf(ODOO_NUTS))
        .containsEntry("state", "purchase")
        .containsEntry("locked", "true");
    assertThat(versions.byOdooId.get(42L).outcome()).isEqualTo(PullOneOrder.Outcome.IMPORTED);
    assertThat(versions.byOdooId.get(42L).skipReason()).isNull();
    assertThat(rig.counters.count("sync.pull.imported")).isEqualTo(1);
    assertThat(outcomes.fired)
        .containsExactly(
            new SyncOutcome(
                orderId,
                SyncOutcome.Kind.PULLED,
                42L,
                "P42",
                "imported from Odoo",
                CLOCK.instant()));
  }

  @Test
  void twoLinesOfOneProductAreEachBoundToTheOdooLineOfTheSameQuantity() {
    RemoteOrder remote =
        order(
            43,
            "",
            PARTNER,
            "EUR",
            List.of(
                line(9101, PullRig.ODOO_BOLTS, "3", LocalDate.of(2027, 4, 1)),
                line(9102, PullRig.ODOO_BOLTS, "4", LocalDate.of(2027, 4, 1))));

    imports().importIfNew(remote);

    PurchaseOrderSnapshot local = orders.byId.values().iterator().next();
    Map<UUID, OrderBinding.LineBinding> lines = bindings.byOrder.get(local.id()).lines();
    for (PurchaseOrderSnapshot.Line line : local.lines()) {
      long expected = line.quantity().compareTo(new BigDecimal("3")) == 0 ? 9101 : 9102;
      assertThat(lines.get(line.lineId()).odooLineId()).isEqualTo(expected);
    }
    assertThat(lines).hasSize(2);
  }

  @Test
  void linesOfTheSameQuantityAreBoundByProductWhateverOrderTheyAreKeptIn() {
    reversesLines = true;
    RemoteOrder remote =
        order(
            53,
            "",
            PARTNER,
            "EUR",
            List.of(
                line(9401, PullRig.ODOO_BOLTS, "5", LocalDate.of(2027, 4, 1)),
                line(9402, ODOO_NUTS, "5", LocalDate.of(2027, 4, 1))));

    imports().importIfNew(remote);

    PurchaseOrderSnapshot local = orders.byId.values().iterator().next();
    assertThat(bindings.byOrder.get(local.id()).lines())
        .containsOnly(
            entry(lineOf(local, PullRig.BOLTS), new OrderBinding.LineBinding(9401, "pulled")),
            entry(lineOf(local, nuts), new OrderBinding.LineBinding(9402, "pulled")));
  }

  @Test
  void aLineWithoutAPlannedDateIsPlannedForTodayOnTheInjectedClock() {
    RemoteOrder remote =
        order(44, "", PARTNER, "EUR", List.of(line(9201, PullRig.ODOO_BOLTS, "1", null)));

    imports().importIfNew(remote);

    assertThat(imported.get(0).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.plannedDate()).isEqualTo(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void anOrderOfOursPushedButNotBoundYetIsLeftToThePush() {
    ourKeys.add("AF-PO-7");
    RemoteOrder remote =
        order(45, "AF-PO-7", PARTNER, "EUR", List.of(line(1, PullRig.ODOO_BOLTS, "1", null)));

    assertThat(imports().importIfNew(remote)).isEqualTo(PullOneOrder.Outcome.SKIPPED);

    assertThat(imported).isEmpty();
    assertThat(versions.byOdooId).isEmpty();
    assertThat(rig.counters.count("sync.pull.imported")).isZero();
  }

  @Test
  void inModeNoneNothingIsImported() {
    rig.importMode = "none";

    assertLeftOut(
        order(46, "", PARTNER, "EUR", List.of()),
        PulledVersions.SkipReason.MODE_NONE,
        ImportMode.NONE);
  }

  @Test
  void anOrderWithoutPartnerIsIncomplete() {
    assertLeftOut(
        order(47, "", null, "EUR", List.of()),
        PulledVersions.SkipReason.INCOMPLETE,
        ImportMode.ALL);
  }

  @Test
  void anOrderWithoutCurrencyIsIncomplete() {
    assertLeftOut(
        order(48, "", PARTNER, null, List.of()),
        PulledVersions.SkipReason.INCOMPLETE,
        ImportMode.ALL);
  }

  @Test
  void aPartnerNeitherTheMirrorNorOdooHasIsAnUnknownSupplier() {
    assertLeftOut(
        order(49, "", 8L, "EUR", List.of()),
        PulledVersions.SkipReason.UNKNOWN_SUPPLIER,
        ImportMode.ALL);
  }

  @Test
  void withKnownSuppliersAPartnerOnlyOdooHasIsAnUnknownSupplier() {
    rig.importMode = "known-suppliers";
    onlyInOdoo.put(8L, UUID.randomUUID());

    assertLeftOut(
        order(50, "", 8L, "EUR", List.of()),
        PulledVersions.SkipReason.UNKNOWN_SUPPLIER,
        ImportMode.KNOWN_SUPPLIERS);
  }

  @Test
  void withAllAPartnerOnlyOdooHasIsMirroredAndItsOrderImported() {
    UUID fresh = UUID.randomUUID();
    onlyInOdoo.put(8L, fresh);

    assertThat(imports().importIfNew(order(51, "", 8L, "EUR", List.of())))
        .isEqualTo(PullOneOrder.Outcome.IMPORTED);
    assertThat(imported.get(0).supplierId()).isEqualTo(fresh);
  }

  @Test
  void anOrderWithAProductTheCatalogueDoesNotKnowIsLeftOutNamingTheOdooProduct() {
    RemoteOrder remote =
        order(
            52,
            "",
            PARTNER,
            "EUR",
            List.of(line(9301, PullRig.ODOO_BOLTS, "1", null), line(9302, UNKNOWN, "2", null)));

    try (CapturedLog log = CapturedLog.of(OrderImport.class.getName())) {
      assertLeftOut(remote, PulledVersions.SkipReason.UNKNOWN_PRODUCT, ImportMode.ALL);

      assertThat(log.messages())
          .containsExactly(
              "Not importing Odoo purchase.order 52: unknown-product: Odoo product.product 999"
                  + " is not in the catalogue");
    }
  }

  private void assertLeftOut(
      RemoteOrder remote, PulledVersions.SkipReason reason, ImportMode mode) {
    assertThat(imports().importIfNew(remote)).isEqualTo(PullOneOrder.Outcome.SKIPPED);

    assertThat(imported).isEmpty();
    assertThat(bindings.byOrder).isEmpty();
    assertThat(outcomes.fired).isEmpty();
    assertThat(versions.byOdooId.get(remote.odooId()))
        .isEqualTo(PulledVersions.Version.leftOut(remote, reason, mode));
    assertThat(rig.counters.count("sync.pull.import.skipped", new Tag("reason", reason.tag())))
        .isEqualTo(1);
    assertThat(rig.counters.count("sync.pull.imported")).isZero();
  }

  private void assertImportedAsInOdoo(ImportedOrder o) {
    assertThat(o.odooId()).isEqualTo(42L);
    assertThat(o.supplierId()).isEqualTo(supplier);
    assertThat(o.currency()).isEqualTo("EUR");
    assertThat(o.notes()).isEqualTo("From Odoo");
    assertThat(o.state()).isEqualTo(OrderState.PURCHASE);
    assertThat(o.locked()).isTrue();
    assertThat(o.lines())
        .extracting(l -> l.lineId(), l -> l.productId(), l -> l.quantity(), l -> l.plannedDate())
        .containsExactly(
            tuple(null, PullRig.BOLTS, new BigDecimal("10"), LocalDate.of(2027, 4, 1)),
            tuple(null, nuts, new BigDecimal("5"), LocalDate.of(2027, 4, 2)));
  }

  private static UUID lineOf(PurchaseOrderSnapshot order, UUID product) {
    return order.lines().stream()
        .filter(l -> l.productId().equals(product))
        .findFirst()
        .orElseThrow()
        .lineId();
  }

  private static RemoteOrder order(
      long odooId, String origin, Long partner, String currency, List<RemoteOrder.Line> lines) {
    return new RemoteOrder(
        odooId,
        "P" + odooId,
        origin,
        WRITTEN,
        "purchase",
        true,
        "From Odoo",
        partner,
        currency,
        lines);
  }

  private static RemoteOrder.Line line(
      long odooLineId, long product, String quantity, LocalDate planned) {
    return new RemoteOrder.Line(
        odooLineId,
        product,
        "Line " + odooLineId,
        new BigDecimal(quantity),
        BigDecimal.ONE,
        planned);
  }
}
