package net.orderbridge.sync.alert;

import java.util.Map;
import java.util.TreeMap;

/** The words every notifier uses for an alert's transition: one title, the same facts. */
final class AlertMessage {
  private AlertMessage() {}

  /** {@code [CRITICAL] FIRING odoo-unreachable: Odoo does not answer}. */
  static String title(Alert alert, AlertState event) {
    return "[" + alert.level() + "] " + event + " " + alert.name() + ": " + alert.summary();
  }

  /** The facts, in a stable order. */
  static Map<String, String> facts(Alert alert, AlertState event) {
    Map<String, String> facts = new java.util.LinkedHashMap<>();
    facts.put("alert", alert.name());
    facts.put("level", alert.level().name());
    facts.put("state", event.name());
    facts.put("firstSeen", String.valueOf(alert.firstSeen()));
    facts.put("lastSeen", String.valueOf(alert.lastSeen()));
    if (alert.resolvedAt() != null) {
      facts.put("resolvedAt", alert.resolvedAt().toString());
    }
    new TreeMap<>(alert.evidence()).forEach((k, v) -> facts.put(k, String.valueOf(v)));
    return facts;
  }
}
