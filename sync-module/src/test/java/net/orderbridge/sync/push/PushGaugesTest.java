package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import net.orderbridge.sync.fixture.CountingRegistry;
import net.orderbridge.sync.fixture.InMemoryOutbox;
import net.orderbridge.sync.fixture.MutableClock;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;

/**
 * The push's gauges read the outbox's statistics and the circuit each time they are scraped, not
 * once: the backlog, the dead letters waiting, the age of the oldest pending change by our clock
 * (never below zero, and zero when nothing waits) and whether the circuit is open.
 */
class PushGaugesTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final CircuitWatch circuit = new CircuitWatch();
  private final Statistics outbox = new Statistics();

  /** Every gauge registered with an object and a function, by name, read as a scrape would. */
  private final Map<String, Supplier<Object>> gauges = new HashMap<>();

  @Test
  void theBacklogAndTheDeadLettersWaitingAreReadAtEachScrape() {
    registered();
    outbox.now = new Outbox.OutboxStatistics(3, 1, 2, Optional.of(NOW), Optional.empty());

    assertThat(gauges.get("sync.push.backlog").get()).isEqualTo(3L);
    assertThat(gauges.get("sync.push.dead.letters.waiting").get()).isEqualTo(2L);

    outbox.now = new Outbox.OutboxStatistics(0, 0, 5, Optional.empty(), Optional.of(NOW));
    assertThat(gauges.get("sync.push.backlog").get()).isEqualTo(0L);
    assertThat(gauges.get("sync.push.dead.letters.waiting").get()).isEqualTo(5L);
  }

  @Test
  void theOldestPendingChangeIsAsOldAsOurClockSays() {
    registered();
    outbox.now =
        new Outbox.OutboxStatistics(1, 0, 0, Optional.of(NOW.minusSeconds(90)), Optional.empty());

    assertThat(gauges.get("sync.push.oldest.pending.age.seconds").get()).isEqualTo(90L);
    clock.advance(Duration.ofSeconds(30));
    assertThat(gauges.get("sync.push.oldest.pending.age.seconds").get()).isEqualTo(120L);
  }

  @Test
  void aPendingChangeStampedAheadOfOurClockIsNoOlderThanZero() {
    registered();
    outbox.now =
        new Outbox.OutboxStatistics(1, 0, 0, Optional.of(NOW.plusSeconds(4)), Optional.empty());

    assertThat(gauges.get("sync.push.oldest.pending.age.seconds").get()).isEqualTo(0L);
  }

  @Test
  void nothingPendingIsAnAgeOfZero() {
    registered();

    assertThat(gauges.get("sync.push.oldest.pending.age.seconds").get()).isEqualTo(0L);
  }

  @Test
  void theCircuitGaugeIsOneWhileThePushLastMetAnOpenCircuit() {
    registered();
    assertThat(gauges.get("sync.odoo.circuit.open").get()).isEqualTo(0);

    circuit.opened();
    assertThat(gauges.get("sync.odoo.circuit.open").get()).isEqualTo(1);

    circuit.answered();
    assertThat(gauges.get("sync.odoo.circuit.open").get()).isEqualTo(0);
  }

  private void registered() {
    new PushMetrics(registry(), outbox, circuit, clock).gauges();
  }

  /** Keeps the gauges it is given; every other call goes to a registry that counts. */
  @SuppressWarnings("unchecked")
  private MetricRegistry registry() {
    MetricRegistry counting = new CountingRegistry().registry();
    return (MetricRegistry)
        Proxy.newProxyInstance(
            MetricRegistry.class.getClassLoader(),
            new Class<?>[] {MetricRegistry.class},
            (proxy, method, args) -> {
              if (method.getName().equals("gauge")
                  && args.length >= 3
                  && args[0] instanceof String name
                  && args[2] instanceof Function<?, ?> read) {
                Object watched = args[1];
                gauges.put(name, () -> ((Function<Object, Object>) read).apply(watched));
                return null;
              }
              return method.invoke(counting, args);
            });
  }

  /** An outbox whose statistics are whatever the test says they are now. */
  private static final class Statistics extends InMemoryOutbox {
    Outbox.OutboxStatistics now =
        new Outbox.OutboxStatistics(0, 0, 0, Optional.empty(), Optional.empty());

    @Override
    public OutboxStatistics statistics() {
      return now;
    }
  }
}
