package net.orderbridge.sync.alert;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What one evaluation saw of one condition: whether it holds, and if so the evidence. A condition
 * becomes a firing alert once it has held for {@code holdFor} (zero: at once).
 */
public record Observation(
    String name,
    AlertLevel level,
    boolean holds,
    Duration holdFor,
    String summary,
    Map<String, Object> evidence) {

  public Observation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    holdFor = holdFor == null ? Duration.ZERO : holdFor;
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }

  public static Observation holds(
      String name,
      AlertLevel level,
      Duration holdFor,
      String summary,
      Map<String, Object> evidence) {
    return new Observation(name, level, true, holdFor, summary, evidence);
  }

  public static Observation clear(String name, AlertLevel level) {
    return new Observation(name, level, false, Duration.ZERO, null, Map.of());
  }
}
