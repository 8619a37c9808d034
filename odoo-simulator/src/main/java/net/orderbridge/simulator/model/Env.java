package net.orderbridge.simulator.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call's environment: the user, the context and the transaction's start time (Odoo's {@code
 * write_date} is the transaction's start, to the second), plus the changes to announce after
 * commit.
 */
public final class Env {
  /** A record created or written during the call. */
  public record Change(String model, int id, String action) {}

  private final int uid;
  private final Map<String, Object> context;
  private final LocalDateTime now;
  private final List<Change> changes = new ArrayList<>();

  public Env(int uid, Map<String, Object> context, LocalDateTime now) {
    this.uid = uid;
    this.context = context == null ? Map.of() : context;
    this.now = now.withNano(0);
  }

  public int uid() {
    return uid;
  }

  public Map<String, Object> context() {
    return context;
  }

  public LocalDateTime now() {
    return now;
  }

  public boolean activeTest() {
    return !Boolean.FALSE.equals(context.get("active_test"));
  }

  public void changed(String model, int id, String action) {
    for (Change c : changes) {
      if (c.model().equals(model) && c.id() == id) {
        return;
      }
    }
    changes.add(new Change(model, id, action));
  }

  public List<Change> changes() {
    return changes;
  }
}
