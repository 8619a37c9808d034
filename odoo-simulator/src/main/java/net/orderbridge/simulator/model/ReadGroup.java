package net.orderbridge.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code read_group} for one group-by field and {@code field:sum} aggregates. */
final class ReadGroup {
  private final Orm orm;

  ReadGroup(Orm orm) {
    this.orm = orm;
  }

  Object run(Env env, ModelDef def, Map<String, Object> a) {
    List<?> dom = Dispatcher.list(a.get("domain"));
    List<?> groupby =
        a.get("groupby") instanceof String s ? List.of(s) : Dispatcher.list(a.get("groupby"));
    String by = groupby.isEmpty() ? null : groupby.get(0).toString();
    Map<Object, List<Integer>> groups =
        new TreeMap<>((x, y) -> String.valueOf(x).compareTo(String.valueOf(y)));
    for (Integer id : orm.search(env, def, dom, 0, null, "id")) {
      Object key = by == null ? "" : orm.value(def, orm.store().get(def.name(), id), by);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<Object, List<Integer>> g : groups.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (by != null) {
        row.put(by, orm.external(def.field(by), g.getKey()));
      }
      row.put("__count", g.getValue().size());
      for (Object spec : Dispatcher.list(a.get("fields"))) {
        String[] parts = spec.toString().split(":");
        if (by != null && parts[0].equals(by)) {
          continue;
        }
        double sum = 0;
        for (Integer id : g.getValue()) {
          Object v = orm.value(def, orm.store().get(def.name(), id), parts[0]);
          sum += v instanceof Number n ? n.doubleValue() : 0;
        }
        row.put(parts[0], Math.round(sum * 100.0) / 100.0);
      }
      if (by != null) {
        row.put("__domain", List.of(List.of(by, "=", orm.external(def.field(by), g.getKey()))));
      }
      out.add(row);
    }
    return out;
  }
}
