package net.orderbridge.sync.conflict;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fields of an order that the sync keeps equal on both sides, as canonical strings by path:
 * {@code state}, {@code locked}, {@code notes}, and per line {@code lines/<key>/quantity}, {@code
 * lines/<key>/unitPrice}, {@code lines/<key>/plannedDate}, {@code lines/<key>/product}. A line's
 * key is stable across both sides (the local line id of its binding). An absent path means the
 * field or its line does not exist on that side.
 */
public record SyncedFields(Map<String, String> values) {

  public SyncedFields {
    values = Map.copyOf(new TreeMap<>(Objects.requireNonNull(values, "values")));
  }

  public static SyncedFields empty() {
    return new SyncedFields(Map.of());
  }

  public String get(String path) {
    return values.get(path);
  }

  /** Every path present in any of the snapshots, in a stable order. */
  static Set<String> paths(SyncedFields... snapshots) {
    Set<String> paths = new TreeSet<>();
    for (SyncedFields snapshot : snapshots) {
      paths.addAll(snapshot.values.keySet());
    }
    return paths;
  }

  /** A copy with the given paths set (a null value removes the path). */
  public SyncedFields with(Map<String, String> changes) {
    TreeMap<String, String> next = new TreeMap<>(values);
    changes.forEach(
        (path, value) -> {
          if (value == null) {
            next.remove(path);
          } else {
            next.put(path, value);
          }
        });
    return new SyncedFields(next);
  }
}
