package net.orderbridge.sync.infrastructure.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.sync.application.odoo.OdooClient;
import net.orderbridge.sync.domain.binding.OrderBinding;
import net.orderbridge.sync.infrastructure.odoo.OdooRecord;
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

  private OrderRemover remover() {
    OrderRemover remover = new OrderRemover();
    remover.odoo =
        (OdooClient)
            Proxy.newProxyInstance(
                OdooClient.class.getClassLoader(),
                new Class<?>[] {OdooClient.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("unlink")) {
                    sent.add("unlink " + args[1]);
                    return true;
                  }
                  throw new AssertionError("unexpected call to Odoo: " + method.getName());
                });
    remover.orders =
        new OdooOrders() {
          @Override
          List<Current> read(List<Long> ids) {
            return ids.stream()
                .filter(records::containsKey)
                .map(
                    id -> {
                      OdooRecord record = new OdooRecord(records.get(id));
                      return new Current(
                          id,
                          record.text("name"),
                          record.text("state"),
                          record.bool("locked"),
                          List.of(),
                          record);
                    })
                .toList();
          }

          @Override
          Map<String, Long> findByKeys(List<String> keys) {
            Map<String, Long> found = new HashMap<>();
            records.forEach((id, values) -> found.put((String) values.get("origin"), id));
            found.keySet().retainAll(keys);
            return found;
          }

          @Override
          void press(String button, List<Long> ids) {
            sent.add(button + " " + ids);
          }
        };
    return remover;
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
  void anOrderOdooNoLongerHasIsDone() {
    assertThat(remover().remove(Optional.of(boundAt(PUSHED)))).isEmpty();
    assertThat(sent).isEmpty();
  }
}
