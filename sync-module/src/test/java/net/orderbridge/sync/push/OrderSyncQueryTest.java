package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.binding.OrderBinding.LineBinding;
import net.orderbridge.sync.fixture.InMemoryOrderBindings;
import net.orderbridge.sync.fixture.MutableClock;
import net.orderbridge.sync.push.OrderSyncView.BindingView;
import org.junit.jupiter.api.Test;

/**
 * One order's standing with Odoo through {@link OrderSyncQuery}: its binding as the operator sees
 * it, its outbox messages, and how long settled ones are kept.
 */
class OrderSyncQueryTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final OperatorOutbox outbox = new OperatorOutbox();
  private final InMemoryOrderBindings bindings = new InMemoryOrderBindings();
  private final OrderSyncQuery query =
      new OrderSyncQuery(
          outbox,
          bindings,
          new CleanOutbox(
              outbox,
              new MutableClock(NOW),
              new RecordingPushMetrics(),
              CleanOutboxTest.settings(10)));

  @Test
  void aBoundOrderShowsItsBindingLinesAndMessages() {
    UUID order = UUID.randomUUID();
    UUID lineA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    UUID lineB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    bindings.store(
        new OrderBinding(
            order,
            "AF-PO-1@here",
            11L,
            "P00011",
            NOW,
            "h",
            "purchase",
            true,
            NOW.plusSeconds(1),
            Map.of(lineB, new LineBinding(32L, "hb"), lineA, new LineBinding(31L, "ha"))));
    OutboxMessage settled = outbox.done(order, NOW);
    outbox.done(UUID.randomUUID(), NOW);

    OrderSyncView view = query.of(order);

    assertThat(view.orderId()).isEqualTo(order);
    assertThat(view.binding())
        .isEqualTo(
            new BindingView(
                "AF-PO-1@here",
                11L,
                "P00011",
                NOW,
                "purchase",
                true,
                NOW.plusSeconds(1),
                Map.of(lineA, 31L, lineB, 32L)));
    assertThat(view.binding().lines().keySet())
        .as("lines in id order")
        .containsExactly(lineA, lineB);
    assertThat(view.messages()).containsExactly(settled);
    assertThat(view.settledKeptFor()).isEqualTo("PT168H");
  }

  @Test
  void anOrderNeverPushedShowsItsMessagesWithoutBinding() {
    UUID order = UUID.randomUUID();
    OutboxMessage dead = outbox.dead(order, "BUSINESS");

    OrderSyncView view = query.of(order);

    assertThat(view.binding()).isNull();
    assertThat(view.messages()).containsExactly(dead);
  }

  @Test
  void anOrderWithNeitherBindingNorMessagesIsNotFoundAndTheRetentionIsNamed() {
    UUID order = UUID.randomUUID();

    assertThatThrownBy(() -> query.of(order))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("Order " + order + " has no binding and no outbox messages")
        .hasMessageContaining("kept for PT168H");
  }
}
