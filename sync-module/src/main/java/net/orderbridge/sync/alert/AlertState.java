package net.orderbridge.sync.alert;

/**
 * Where an alert stands. A condition alert goes {@code PENDING} (true, not yet for its hold time;
 * never notified) → {@code FIRING} → {@code RESOLVED}; an info alert is {@code OCCURRED} once.
 */
public enum AlertState {
  PENDING,
  FIRING,
  RESOLVED,
  OCCURRED
}
