package net.orderbridge.simulator.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The records of every model, in memory. Writers hold the write lock for a whole call and record an
 * undo log, so a call that fails changes nothing (one transaction per call). Ids and sequence
 * numbers are not rolled back, as PostgreSQL sequences are not.
 */
public final class Store {
  private final Map<String, TreeMap<Integer, Map<String, Object>>> tables =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Integer> nextIds = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private Deque<Object[]> undo;
  private final java.util.concurrent.atomic.AtomicLong changes =
      new java.util.concurrent.atomic.AtomicLong();

  public ReentrantReadWriteLock lock() {
    return lock;
  }

  private TreeMap<Integer, Map<String, Object>> table(String model) {
    return tables.computeIfAbsent(model, k -> new TreeMap<>());
  }

  public Map<String, Object> get(String model, int id) {
    return table(model).get(id);
  }

  public boolean exists(String model, int id) {
    return table(model).containsKey(id);
  }

  public Collection<Map<String, Object>> all(String model) {
    return table(model).values();
  }

  public int nextId(String model) {
    int id = nextIds.getOrDefault(model, 1);
    int max = table(model).isEmpty() ? 0 : table(model).lastKey();
    id = Math.max(id, max + 1);
    nextIds.put(model, id + 1);
    return id;
  }

  /** Sets the next id a model hands out (tests use it to line ids up with a transcript). */
  public void setNextId(String model, int id) {
    nextIds.put(model, id);
  }

  public void put(String model, int id, Map<String, Object> record) {
    changes.incrementAndGet();
    Map<String, Object> old = table(model).put(id, record);
    if (undo != null) {
      undo.push(new Object[] {model, id, old});
    }
  }

  public void remove(String model, int id) {
    changes.incrementAndGet();
    Map<String, Object> old = table(model).remove(id);
    if (undo != null && old != null) {
      undo.push(new Object[] {model, id, old});
    }
  }

  public void begin() {
    undo = new ArrayDeque<>();
  }

  public void commit() {
    undo = null;
  }

  @SuppressWarnings("unchecked")
  public void rollback() {
    if (undo == null) {
      return;
    }
    Deque<Object[]> log = undo;
    undo = null;
    while (!log.isEmpty()) {
      Object[] step = log.pop();
      TreeMap<Integer, Map<String, Object>> t = table((String) step[0]);
      if (step[2] == null) {
        t.remove((Integer) step[1]);
      } else {
        t.put((Integer) step[1], (Map<String, Object>) step[2]);
      }
    }
  }

  /** Grows with every change (rolled back ones too): tells a saver whether to save again. */
  public long changes() {
    return changes.get();
  }

  /** Every record and the next ids, as plain JDK collections (for saving). */
  public Map<String, Object> contents() {
    Map<String, Object> contents = new HashMap<>();
    Map<String, TreeMap<Integer, Map<String, Object>>> copy = new HashMap<>();
    tables.forEach((model, rows) -> copy.put(model, new TreeMap<>(rows)));
    contents.put("tables", copy);
    contents.put("nextIds", new HashMap<>(nextIds));
    return contents;
  }

  /** Replaces every record and the next ids with saved {@link #contents()}. */
  @SuppressWarnings("unchecked")
  public void restore(Map<String, Object> contents) {
    clear();
    tables.putAll((Map<String, TreeMap<Integer, Map<String, Object>>>) contents.get("tables"));
    nextIds.putAll((Map<String, Integer>) contents.get("nextIds"));
  }

  public void clear() {
    changes.incrementAndGet();
    tables.clear();
    nextIds.clear();
  }

  public Collection<String> models() {
    return tables.keySet();
  }
}
