package net.orderbridge.sync.alert;

import java.time.Instant;
import java.util.Map;

/** An alert as {@code GET /api/sync/alerts} shows it. */
public record AlertView(
    long id,
    String name,
    AlertLevel level,
    AlertState state,
    String summary,
    Map<String, Object> evidence,
    Instant firstSeen,
    Instant lastSeen,
    Instant resolvedAt) {

  static AlertView of(Alert a) {
    return new AlertView(
        a.id(),
        a.name(),
        a.level(),
        a.state(),
        a.summary(),
        a.evidence(),
        a.firstSeen(),
        a.lastSeen(),
        a.resolvedAt());
  }
}
