package net.orderbridge.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * State inspection and manipulation for tests. Changes go through the same code path as API calls
 * (as the admin user, uid 2), so they bump {@code write_date} and fire webhooks like a user's edit
 * in Odoo would.
 */
public final class SimulatorStore {
  private static final int ADMIN = 2;
  private final Core core;
  private final LocalDateTime startedAt;

  SimulatorStore(Core core) {
    this(core, null);
  }

  private SimulatorStore(Core core, LocalDateTime startedAt) {
    this.core = core;
    this.startedAt = startedAt;
  }

  private Object call(String model, String method, Map<String, Object> args) {
    return core.dispatcher()
        .execute(
            ADMIN,
            model,
            method,
            args,
            Map.of("active_test", false),
            startedAt == null ? core.dispatcher().now() : startedAt);
  }

  private static Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Counts records (archived ones included). */
  public int count(String model, List<Object> domain) {
    return (Integer) call(model, "search_count", args("domain", domain));
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> searchRead(
      String model, List<Object> domain, List<String> fields) {
    return (List<Map<String, Object>>)
        call(model, "search_read", args("domain", domain, "fields", fields));
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> read(String model, int id) {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) call(model, "read", args("ids", List.of(id)));
    return rows.isEmpty() ? null : rows.get(0);
  }

  public int create(String model, Map<String, Object> vals) {
    return (Integer) call(model, "create", args("vals_list", vals));
  }

  /** Changes a record as a user in Odoo would. */
  public void write(String model, int id, Map<String, Object> vals) {
    call(model, "write", args("ids", List.of(id), "vals", vals));
  }

  /**
   * This store, its calls run as transactions that started at {@code startedAt} and commit now:
   * what they write gets that {@code write_date} (to the second), possibly older than changes
   * clients have read already. That is what a long Odoo transaction (a big import, a slow server
   * action) looks like to a poller. Webhooks fire as for any change.
   */
  public SimulatorStore startedAt(Instant startedAt) {
    return new SimulatorStore(core, LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC));
  }

  /** Calls any public method, e.g. {@code button_confirm}. */
  public Object execute(String model, String method, Map<String, Object> namedArgs) {
    return call(model, method, new LinkedHashMap<>(namedArgs));
  }

  /** Sets the next id a model hands out. */
  public void setNextId(String model, int id) {
    core.orm().store().lock().writeLock().lock();
    try {
      core.orm().store().setNextId(model, id);
    } finally {
      core.orm().store().lock().writeLock().unlock();
    }
  }

  /** Gives a user an API key (Odoo makes keys only in its web UI, never over RPC). */
  public void addApiKey(int uid, String name, String key) {
    var store = core.orm().store();
    store.lock().writeLock().lock();
    try {
      int id = store.nextId("res.users.apikeys");
      Map<String, Object> rec = new java.util.HashMap<>();
      rec.put("id", id);
      rec.put("name", name);
      rec.put("user_id", uid);
      rec.put("key", key);
      rec.put("create_date", core.dispatcher().now().withNano(0));
      rec.put("write_date", core.dispatcher().now().withNano(0));
      store.put("res.users.apikeys", id, rec);
    } finally {
      store.lock().writeLock().unlock();
    }
  }

  /**
   * Deletes an API key (Odoo: Preferences, Account Security, the key's bin), so that it is refused
   * from now on; true when a user had it.
   */
  public boolean revokeApiKey(String key) {
    var store = core.orm().store();
    store.lock().writeLock().lock();
    try {
      for (Map<String, Object> rec : List.copyOf(store.all("res.users.apikeys"))) {
        if (key.equals(rec.get("key"))) {
          store.remove("res.users.apikeys", (Integer) rec.get("id"));
          return true;
        }
      }
      return false;
    } finally {
      store.lock().writeLock().unlock();
    }
  }

  /** Back to the seed data (faults untouched). */
  public void reset() {
    core.reset();
  }
}
