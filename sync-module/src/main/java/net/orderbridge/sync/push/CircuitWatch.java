package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
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

  public void opened() {
    state.set(OPEN);
  }

  /** Odoo answered a push; true when the circuit was open before: Odoo is back. */
  public boolean answered() {
    return !CLOSED.equals(state.getAndSet(CLOSED));
  }

  public String state() {
    return state.get();
  }
}
