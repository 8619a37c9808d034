package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Odoo circuit as the push last saw it. MicroProfile Fault Tolerance has no API to ask a
 * breaker's state (and keeps one breaker per gateway method), so the push records what its calls
 * met: refused by an open circuit, or answered.
 */
@ApplicationScoped
public class CircuitWatch {
  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";
  private final AtomicReference<String> state = new AtomicReference<>(CLOSED);
  private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
  private final AtomicReference<Instant> lastChange = new AtomicReference<>(Instant.now());

  public void opened() {
    if (!OPEN.equals(state.getAndSet(OPEN))) {
      lastChange.set(Instant.now());
    }
  }

  /** Odoo answered a push; true when the circuit was open before: Odoo is back. */
  public boolean answered() {
    lastSuccess.set(Instant.now());
    if (!CLOSED.equals(state.getAndSet(CLOSED))) {
      lastChange.set(Instant.now());
      return true;
    }
    return false;
  }

  public String state() {
    return state.get();
  }

  public Instant lastSuccess() {
    return lastSuccess.get();
  }

  public Instant lastChange() {
    return lastChange.get();
  }
}
