package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.fixture.InMemoryOdoo;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.PlannedLine;
import net.orderbridge.sync.odoo.purchase.PlannedOrder;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import net.orderbridge.sync.push.OrderExporter.Exported;
import org.junit.jupiter.api.Test;

/**
 * New orders created in Odoo through the real {@link OrderCreator}, {@link OrderUpdater}, {@link
 * OdooPurchaseOrderRepository} and {@link PurchaseSchema} over an in-memory Odoo at the {@code
 * OdooClient} level. Odoo has no idempotency key: the key recorded before the first create is what
 * keeps a retry after a lost answer from creating the order twice.
 */
class OrderCreationOrchestrationTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final InMemoryOdoo odoo = new InMemoryOdoo(NOW);
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final FaultyOdooOrders repository = new FaultyOdooOrders(odoo.client());

  @Test
  void aNewOrderIsCreatedAndBoundWithoutALookup() {
    PlannedOrder plan = planned("AF-PO-1@here");

    List<Exported> results = creator().createAll(List.of(plan));

    assertThat(results).singleElement().satisfies(e -> assertThat(e.succeeded()).isTrue());
    assertThat(results.get(0).binding().orElseThrow().odooId()).isEqualTo(11L);
    assertThat(odoo.orders).hasSize(1);
    assertThat(odoo.calls)
        .as("never sent, so not looked up")
        .noneMatch(c -> c.startsWith("searchRead"));
  }

  @Test
  void afterALostCreateAnswerTheRetryFindsTheOrderByItsKeyAndCreatesNothing() {
    PlannedOrder plan = planned("AF-PO-2@here");
    odoo.loseNextCreateAnswer();

    Exported first = creator().createAll(List.of(plan)).get(0);
    Exported retry = creator().createAll(List.of(plan)).get(0);

    assertThat(first.failure()).isInstanceOf(OdooUnavailableException.class);
    assertThat(PushFailure.of(first.failure()).type()).isEqualTo(ErrorType.TRANSIENT);
    assertThat(bindings.byOrder.get(plan.orderId()).externalKey())
        .as("the key was recorded before the create was sent")
        .isEqualTo("AF-PO-2@here");
    assertThat(retry.succeeded()).isTrue();
    assertThat(retry.binding().orElseThrow().odooId()).isEqualTo(11L);
    assertThat(odoo.orders).as("one order in Odoo, not two").hasSize(1);
    assertThat(odoo.calls.stream().filter(c -> c.startsWith("create")).count()).isEqualTo(1);
  }

  @Test
  void anOrderOdooRefusesFailsAloneAndTheOthersOfItsCreateAreMade() {
    PlannedOrder refused = planned("AF-PO-3@here");
    PlannedOrder fine = planned("AF-PO-4@here");
    odoo.refuseCreating(
        "AF-PO-3@here", new OdooRejectedException("ValidationError", "Supplier archived"));

    List<Exported> results = creator().createAll(List.of(refused, fine));

    assertThat(results)
        .filteredOn(e -> e.orderId().equals(refused.orderId()))
        .singleElement()
        .satisfies(e -> assertThat(e.failure()).hasMessageContaining("Supplier archived"));
    assertThat(results)
        .filteredOn(e -> e.orderId().equals(fine.orderId()))
        .singleElement()
        .satisfies(e -> assertThat(e.succeeded()).isTrue());
    assertThat(odoo.orders.values())
        .extracting(o -> o.get("origin"))
        .containsExactly("AF-PO-4@here");
  }

  @Test
  void nothingPlannedAsksOdooNothing() {
    assertThat(creator().createAll(List.of())).isEmpty();

    assertThat(odoo.calls).isEmpty();
    assertThat(bindings.byOrder).isEmpty();
  }

  @Test
  void aTransientFailureOfACreateFailsEachOfItsOrdersWithoutTryingThemOneByOne() {
    PlannedOrder first = planned("AF-PO-5@here");
    PlannedOrder second = planned("AF-PO-6@here");
    odoo.refuseCreating(
        "AF-PO-5@here",
        new OdooUnavailableException(
            OdooUnavailableException.Outcome.NOT_SENT, "create", "connection refused", null));

    List<Exported> results = creator().createAll(List.of(first, second));

    assertThat(results)
        .extracting(Exported::orderId)
        .containsExactlyInAnyOrder(first.orderId(), second.orderId());
    assertThat(results).allSatisfy(e -> assertThat(e.failure()).hasMessageContaining("refused"));
    assertThat(creates()).as("no culprit to look for").isEqualTo(1);
  }

  @Test
  void refusedCredentialsFailEveryOrderOfTheCreateWithoutTryingThemOneByOne() {
    PlannedOrder first = planned("AF-PO-7@here");
    PlannedOrder second = planned("AF-PO-8@here");
    odoo.refuseCreating("AF-PO-7@here", new OdooAuthenticationException("fault 3", "denied"));

    List<Exported> results = creator().createAll(List.of(first, second));

    assertThat(results)
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.failure()).isInstanceOf(OdooAuthenticationException.class));
    assertThat(creates()).isEqualTo(1);
  }

  @Test
  void aCreateThatFailsBeforeOdooAnswersFailsEachOfItsOrders() {
    PlannedOrder first = planned("AF-PO-9@here");
    PlannedOrder second = planned("AF-PO-10@here");
    repository.createFailure = new IllegalStateException("answer is not a list of ids");

    List<Exported> results = creator().createAll(List.of(first, second));

    assertThat(results)
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.failure()).hasMessage("answer is not a list of ids"));
  }

  @Test
  void anOrderCreatedButNotReadBackIsFoundByItsKeyOnTheNextAttempt() {
    PlannedOrder plan = planned("AF-PO-11@here");
    repository.readFailure = new IllegalStateException("read failed");

    Exported first = creator().createAll(List.of(plan)).get(0);
    repository.readFailure = null;
    Exported retry = creator().createAll(List.of(plan)).get(0);

    assertThat(first.failure()).hasMessage("read failed");
    assertThat(retry.binding().orElseThrow().odooId()).isEqualTo(11L);
    assertThat(odoo.orders).as("adopted, not created again").hasSize(1);
  }

  @Test
  void anOrderFoundByItsKeyThatOdooNoLongerHasFailsTheAttempt() {
    PlannedOrder plan = planned("AF-PO-12@here");
    odoo.loseNextCreateAnswer();
    creator().createAll(List.of(plan));
    repository.afterLookup = () -> odoo.orders.clear();

    Exported retry = creator().createAll(List.of(plan)).get(0);

    assertThat(retry.failure()).hasMessage("Odoo order 11 vanished");
  }

  @Test
  void anOrderOdooDoesNotReadBackWithItsLinesFailsAloneAndTheOthersAreBound() {
    PlannedOrder withLine = planned("AF-PO-13@here", "DRAFT", line("h1"));
    PlannedOrder plain = planned("AF-PO-14@here");

    List<Exported> results = creator().createAll(List.of(withLine, plain));

    assertThat(results.get(0).failure())
        .hasMessage("Odoo does not read back the order just created");
    assertThat(results.get(1).succeeded()).isTrue();
  }

  @Test
  void eachPlannedLineIsBoundToTheOdooLineCreatedForItInOrder() {
    PlannedLine first = line("h1");
    PlannedLine second = line("h2");
    PlannedOrder plan = planned("AF-PO-15@here", "DRAFT", first, second);
    repository.lineIds.put(11L, List.of(101L, 102L));

    Exported created = creator().createAll(List.of(plan)).get(0);

    assertThat(created.binding().orElseThrow().lines())
        .containsOnly(
            entry(first.lineId(), new OrderBinding.LineBinding(101L, "h1")),
            entry(second.lineId(), new OrderBinding.LineBinding(102L, "h2")));
    assertThat(repository.pressed).as("a draft stays as created").isEmpty();
  }

  @Test
  void aConfirmedOrderIsConfirmedInOdooRightAfterItsCreate() {
    PlannedOrder plan = planned("AF-PO-16@here", "PURCHASE");

    Exported created = creator().createAll(List.of(plan)).get(0);

    assertThat(created.succeeded()).isTrue();
    assertThat(repository.pressed).containsExactly("button_confirm 11");
  }

  private long creates() {
    return odoo.calls.stream().filter(c -> c.startsWith("create")).count();
  }

  private OrderCreator creator() {
    return new OrderCreator(repository, bindings, new OrderUpdater(repository));
  }

  /** A plain draft without lines, as the mapper plans it. */
  private static PlannedOrder planned(String key) {
    return planned(key, "DRAFT");
  }

  private static PlannedOrder planned(String key, String state, PlannedLine... lines) {
    return new PlannedOrder(
        UUID.randomUUID(),
        key,
        Map.of("origin", key, "partner_id", 7L),
        List.of(lines),
        "h-" + key,
        state,
        false);
  }

  private static PlannedLine line(String hash) {
    return new PlannedLine(UUID.randomUUID(), hash, Map.of("product_id", 5L, "product_qty", 1));
  }

  /**
   * The real repository over the in-memory Odoo, with what a test asks for on top: a create or read
   * that fails, an order deleted in Odoo right after a lookup by key, the line ids Odoo reads back
   * for an order (the in-memory Odoo keeps no lines), and the buttons pressed.
   */
  private class FaultyOdooOrders extends OdooPurchaseOrderRepository {
    RuntimeException createFailure;
    RuntimeException readFailure;
    Runnable afterLookup = () -> {};
    final Map<Long, List<Long>> lineIds = new HashMap<>();
    final List<String> pressed = new ArrayList<>();

    FaultyOdooOrders(OdooClient client) {
      super(client, new PurchaseSchema(client));
    }

    @Override
    public List<Long> create(List<PlannedOrder> plans) {
      if (createFailure != null) {
        throw createFailure;
      }
      return super.create(plans);
    }

    @Override
    public List<Current> read(List<Long> ids) {
      if (readFailure != null) {
        throw readFailure;
      }
      return super.read(ids).stream()
          .map(
              c ->
                  new Current(
                      c.id(),
                      c.name(),
                      c.state(),
                      c.locked(),
                      lineIds.getOrDefault(c.id(), c.lineIds()),
                      c.writeDate()))
          .toList();
    }

    @Override
    public Map<String, Long> findByKeys(List<String> keys) {
      Map<String, Long> found = super.findByKeys(keys);
      afterLookup.run();
      return found;
    }

    @Override
    public void press(List<String> buttons, long id) {
      buttons.forEach(b -> pressed.add(b + " " + id));
      super.press(buttons, id);
    }
  }
}
