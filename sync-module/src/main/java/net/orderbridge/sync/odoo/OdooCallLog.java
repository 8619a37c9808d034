package net.orderbridge.sync.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the calls the flows make anyway tell about Odoo, so that nobody has to ask it again: since
 * when it refuses our credentials, since when it cannot be reached, when it last answered. Any
 * answer ends both (a business refusal is an answer: Odoo took our credentials to give it).
 */
@ApplicationScoped
public class OdooCallLog {
  private final AtomicReference<Instant> refusedSince = new AtomicReference<>();
  private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();
  private volatile Instant lastAnswer;
  private volatile String lastRefusal;

  /** Odoo answered a call. */
  public void answered(Instant at) {
    lastAnswer = at;
    refusedSince.set(null);
    unreachableSince.set(null);
  }

  /** Odoo answered a call that carries no credentials (its version). */
  public void reached() {
    unreachableSince.set(null);
  }

  /** A call failed; only a refusal of our credentials and an outage are remembered. */
  public void failed(RuntimeException failure, Instant at) {
    if (failure instanceof OdooAuthenticationException) {
      lastRefusal = failure.getMessage();
      refusedSince.compareAndSet(null, at);
    } else if (failure instanceof OdooUnavailableException) {
      unreachableSince.compareAndSet(null, at);
    } else if (failure instanceof OdooException) {
      answered(at);
    }
  }

  /** Since when Odoo refuses our credentials, with nothing answered since. */
  public Optional<Instant> credentialsRefusedSince() {
    return Optional.ofNullable(refusedSince.get());
  }

  /** Odoo's words when it last refused them. */
  public Optional<String> lastRefusal() {
    return Optional.ofNullable(lastRefusal);
  }

  /** Since when every call fails to reach Odoo. */
  public Optional<Instant> unreachableSince() {
    return Optional.ofNullable(unreachableSince.get());
  }

  public Optional<Instant> lastAnswer() {
    return Optional.ofNullable(lastAnswer);
  }
}
