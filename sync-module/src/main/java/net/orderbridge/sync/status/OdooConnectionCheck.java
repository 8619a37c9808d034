package net.orderbridge.sync.status;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooServerVersion;
import net.orderbridge.sync.odoo.OdooSettings;
import net.orderbridge.sync.odoo.transport.OdooClientFactory;
import net.orderbridge.sync.push.CircuitWatch;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Asks Odoo for its version (no credentials needed) through the gateway, at most once per {@code
 * sync.status.odoo-check-ttl}: readiness probes, status calls, metrics and every attribute a JMX
 * console reads share that answer instead of each sending Odoo a call. The circuit is read fresh
 * each time; only Odoo's answer is kept.
 *
 * <p><b>Never waits long for Odoo.</b> A call to an Odoo that hangs (a dropped network, an
 * overloaded worker) runs until the connect or read timeout, up to minutes; a readiness probe
 * waiting that long would time out and take the server out of its load balancer because Odoo alone
 * is slow. The question goes to a thread of its own, and a check waits for it at most {@code
 * sync.status.odoo-check-wait}; then it answers with what it knew, saying that Odoo has not
 * answered yet, and the question keeps running for the next check.
 */
@ApplicationScoped
public class OdooConnectionCheck implements OdooConnectionProbe {
  private final OdooClient odoo;
  private final CircuitWatch circuit;
  private final OdooSettings config;
  private final Clock clock;
  @Resource ManagedExecutorService managed;

  private final Duration ttl;

  private final Duration wait;

  @Inject
  public OdooConnectionCheck(
      OdooClient odoo,
      CircuitWatch circuit,
      OdooSettings config,
      Clock clock,
      @ConfigProperty(name = "sync.status.odoo-check-ttl", defaultValue = "PT5S") Duration ttl,
      @ConfigProperty(name = "sync.status.odoo-check-wait", defaultValue = "PT2S") Duration wait) {
    this.odoo = odoo;
    this.circuit = circuit;
    this.config = config;
    this.clock = clock;
    this.ttl = ttl;
    this.wait = wait;
  }

  /** For CDI's client proxy. */
  protected OdooConnectionCheck() {
    this(null, null, null, null, null, null);
  }

  /** Where the questions to Odoo run; the container's managed executor unless a test sets one. */
  Executor executor;

  private volatile OdooServerVersion known;
  private volatile Answer last;
  private CompletableFuture<Answer> asking;

  /** What Odoo's gateway said at {@code at}. */
  private record Answer(Instant at, boolean reachable, boolean circuitOpen, String error) {}

  @Override
  public OdooConnection check() {
    Answer answer = current();
    String circuitState = answer.circuitOpen() ? CircuitWatch.OPEN : circuit.state();
    return new OdooConnection(
        answer.reachable(),
        circuitState,
        known == null ? null : known.version(),
        transport(),
        answer.error());
  }

  private Answer current() {
    Answer answer = last;
    if (fresh(answer)) {
      return answer;
    }
    CompletableFuture<Answer> question = question();
    try {
      return question.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      Answer before = last;
      String waiting = "Odoo has not answered within " + wait + "; still asking";
      return before == null
          ? new Answer(clock.instant(), false, false, waiting)
          : new Answer(before.at(), false, before.circuitOpen(), waiting);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Answer(clock.instant(), false, false, "interrupted");
    } catch (ExecutionException impossible) {
      return new Answer(clock.instant(), false, false, String.valueOf(impossible.getCause()));
    }
  }

  /** The question in flight, or a new one when none is. */
  private synchronized CompletableFuture<Answer> question() {
    if (asking == null || asking.isDone()) {
      asking =
          CompletableFuture.supplyAsync(
              () -> {
                Answer answer = ask();
                last = answer;
                return answer;
              },
              executor == null ? managed : executor);
    }
    return asking;
  }

  private boolean fresh(Answer answer) {
    return answer != null && clock.instant().isBefore(answer.at().plus(ttl));
  }

  private Answer ask() {
    try {
      known = odoo.version();
      return new Answer(clock.instant(), true, false, null);
    } catch (CircuitBreakerOpenException open) {
      return new Answer(clock.instant(), false, true, "circuit open");
    } catch (RuntimeException unreachable) {
      return new Answer(
          clock.instant(),
          false,
          false,
          unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
    }
  }

  private String transport() {
    try {
      return OdooClientFactory.transportFor(config.current(), Optional.ofNullable(known)).name();
    } catch (RuntimeException misconfigured) {
      return "UNKNOWN";
    }
  }
}
