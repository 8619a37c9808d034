package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.fixture.InMemoryOdoo;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooRecord;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.PurchaseSchema;
import org.junit.jupiter.api.Test;

/**
 * A local delete never overrides an Odoo edit it has not seen: when Odoo's {@code write_date} moved
 * since the binding, nothing at all is sent to Odoo and the caller learns Odoo's date.
 */
class OrderRemoverTest {
  private static final Instant PUSHED = Instant.parse("2026-03-02T10:15:30Z");

  /** What the remover sent to Odoo, in order: buttons pressed and records unlinked. */
  private final List<String> sent = new ArrayList<>();

  private final Map<Long, Map<String, Object>> records = new HashMap<>();

  /** Odoo answers a read with a missing-record fault, as for an order deleted meanwhile. */
  private boolean readFaultsMissing;

  /**
   * The remover with the real {@link OdooPurchaseOrderRepository} and {@link PurchaseSchema} over
   * an Odoo 19 that holds {@link #records}: reads, lookups by key and the schema are answered,
   * buttons and unlinks are recorded in {@link #sent}.
   */
  private OrderRemover remover() {
    OdooClient odoo =
        (OdooClient)
            Proxy.newProxyInstance(
                OdooClient.class.getClassLoader(),
                new Class<?>[] {OdooClient.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "fieldsGet" -> InMemoryOdoo.fields((String) args[0]);
                      case "read" -> {
                        if (readFaultsMissing) {
                          throw new OdooRecordMissingException(
                              "MissingError", "Record does not exist or has been deleted.", null);
                        }
                        yield ((List<?>) args[1])
                            .stream().filter(records::containsKey).map(records::get).toList();
                      }
                      case "searchRead" -> withOrigins((List<?>) args[1]);
                      case "call" -> {
                        sent.add(args[1] + " " + args[2]);
                        yield null;
                      }
                      case "unlink" -> {
                        sent.add("unlink " + args[1]);
                        yield true;
                      }
                      default ->
                          throw new AssertionError("unexpected call to Odoo: " + method.getName());
                    });
    return new OrderRemover(new OdooPurchaseOrderRepository(odoo, new PurchaseSchema(odoo)));
  }

  /** The orders whose {@code origin} is in the domain's {@code [["origin", "in", keys]]}, by id. */
  private List<Map<String, Object>> withOrigins(List<?> domain) {
    List<?> keys = (List<?>) ((List<?>) domain.get(0)).get(2);
    return records.values().stream()
        .filter(order -> keys.contains(order.get("origin")))
        .sorted(java.util.Comparator.comparing(order -> (Integer) order.get("id")))
        .toList();
  }

  private void inOdoo(long id, String state, boolean locked, Instant writeDate) {
    records.put(
        id,
        Map.of(
            "id",
            (int) id,
            "name",
            "P000" + id,
            "state",
            state,
            "locked",
            locked,
            "origin",
            "AF-PO-000001@abc",
            "order_line",
            List.of(),
            "write_date",
            OdooRecord.formatDatetime(writeDate)));
  }

  private static OrderBinding boundAt(Instant writeDate) {
    return new OrderBinding(
        UUID.randomUUID(),
        "AF-PO-000001@abc",
        11L,
        "P00011",
        writeDate,
        "h",
        "purchase",
        true,
        PUSHED,
        Map.of());
  }

  @Test
  void anOdooEditNotSeenYetStopsTheDeletionBeforeAnythingIsSent() {
    inOdoo(11, "purchase", true, PUSHED.plusSeconds(60));

    Optional<Instant> edited = remover().remove(Optional.of(boundAt(PUSHED)));

    assertThat(edited).contains(PUSHED.plusSeconds(60));
    assertThat(sent).as("nothing cancelled, nothing unlinked").isEmpty();
  }

  @Test
  void anOrderOdooLeftAsWeWroteItIsUnlockedCancelledAndUnlinked() {
    inOdoo(11, "purchase", true, PUSHED);

    assertThat(remover().remove(Optional.of(boundAt(PUSHED)))).isEmpty();

    assertThat(sent).containsExactly("button_unlock [11]", "button_cancel [11]", "unlink [11]");
  }

  @Test
  void anUnknownWriteDateCountsAsAnEditAndStopsTheDeletion() {
    inOdoo(11, "draft", false, PUSHED);

    assertThat(remover().remove(Optional.of(boundAt(null)))).contains(PUSHED);
    assertThat(sent).isEmpty();
  }

  @Test
  void anOrderOnlyFoundByItsKeyHasNoAgreedVersionAndIsRemoved() {
    inOdoo(11, "draft", false, PUSHED.plusSeconds(5));

    assertThat(
            remover()
                .remove(Optional.of(OrderBinding.reserved(UUID.randomUUID(), "AF-PO-000001@abc"))))
        .isEmpty();

    assertThat(sent).containsExactly("button_cancel [11]", "unlink [11]");
  }

  @Test
  void anOrderNeverBoundHasNothingToRemove() {
    assertThat(remover().remove(Optional.empty())).isEmpty();
  }

  @Test
  void anOrderWhoseKeyOdooDoesNotKnowWasNeverCreatedAndIsDone() {
    inOdoo(11, "draft", false, PUSHED);

    assertThat(
            remover()
                .remove(Optional.of(OrderBinding.reserved(UUID.randomUUID(), "AF-PO-000002@abc"))))
        .isEmpty();

    assertThat(sent).isEmpty();
  }

  @Test
  void anOrderOdooDeletedMeanwhileIsDone() {
    inOdoo(11, "purchase", true, PUSHED);
    readFaultsMissing = true;

    assertThat(remover().remove(Optional.of(boundAt(PUSHED)))).isEmpty();

    assertThat(sent).isEmpty();
  }

  @Test
  void anOrderOdooNoLongerHasIsDone() {
    assertThat(remover().remove(Optional.of(boundAt(PUSHED)))).isEmpty();
    assertThat(sent).isEmpty();
  }
}
