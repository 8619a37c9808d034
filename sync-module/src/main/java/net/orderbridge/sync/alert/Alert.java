package net.orderbridge.sync.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One alert: a condition while it held (or a one-shot event), under its stable {@code name}.
 *
 * @param evidence what the condition saw last (counts, ages, order ids), never a secret
 * @param firstSeen when the condition was first seen true (when the event happened)
 * @param lastSeen when the condition was last seen true
 * @param resolvedAt when the condition was seen clear, null while it holds
 */
public record Alert(
    long id,
    String name,
    AlertLevel level,
    AlertState state,
    String summary,
    Map<String, Object> evidence,
    Instant firstSeen,
    Instant lastSeen,
    Instant resolvedAt) {

  public Alert {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(state, "state");
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }
}
