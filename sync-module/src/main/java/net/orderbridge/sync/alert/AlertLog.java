package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notifier that always runs: one line per firing, resolution or info event, in a fixed {@code
 * key=value} shape a log search can read ({@code alert=odoo-unreachable level=CRITICAL state=FIRING
 * ...}). Evidence holds counts, ages and ids only, never credentials.
 */
@ApplicationScoped
public class AlertLog {
  private static final Logger LOG = Logger.getLogger(AlertLog.class.getName());

  public void announce(Alert alert, AlertState event) {
    Level level =
        event == AlertState.FIRING && alert.level() != AlertLevel.INFO
            ? (alert.level() == AlertLevel.CRITICAL ? Level.SEVERE : Level.WARNING)
            : Level.INFO;
    LOG.log(level, () -> line(alert, event));
  }

  static String line(Alert alert, AlertState event) {
    StringBuilder line =
        new StringBuilder("alert=")
            .append(alert.name())
            .append(" level=")
            .append(alert.level())
            .append(" state=")
            .append(event)
            .append(" id=")
            .append(alert.id())
            .append(" firstSeen=")
            .append(alert.firstSeen());
    if (alert.resolvedAt() != null) {
      line.append(" resolvedAt=").append(alert.resolvedAt());
    }
    for (Map.Entry<String, Object> e : new TreeMap<>(alert.evidence()).entrySet()) {
      line.append(' ').append(e.getKey()).append('=').append(e.getValue());
    }
    return line.append(" summary=\"").append(alert.summary()).append('"').toString();
  }
}
