package net.orderbridge.simulator.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Odoo's x2many commands: (0,0,v) (1,id,v) (2,id) (3,id) (4,id) (5,) (6,0,ids). */
final class X2manyCommands {
  private final Writer writer;
  private final Orm orm;
  private final Env env;

  X2manyCommands(Writer writer, Orm orm, Env env) {
    this.writer = writer;
    this.orm = orm;
    this.env = env;
  }

  @SuppressWarnings("unchecked")
  void apply(ModelDef def, int id, Field f, List<?> cmds) {
    ModelDef co = orm.def(f.relation());
    boolean o2m = f.type() == FieldType.ONE2MANY;
    for (Object c : cmds) {
      if (c instanceof Number n) {
        c = List.of(4, n.intValue());
      }
      List<Object> cmd = (List<Object>) c;
      int op = ((Number) cmd.get(0)).intValue();
      Integer target = cmd.size() > 1 ? Values.toId(cmd.get(1)) : null;
      switch (op) {
        case 0 -> {
          Map<String, Object> vals = new HashMap<>((Map<String, Object>) cmd.get(2));
          if (o2m) {
            vals.put(f.inverse(), id);
            writer.createOne(env, co, vals);
          } else {
            set(def, id, f, addTo(current(def, id, f), writer.createOne(env, co, vals)));
          }
        }
        case 1 -> writer.write(env, co, List.of(target), (Map<String, Object>) cmd.get(2));
        case 2 -> {
          if (o2m) {
            writer.unlink(env, co, List.of(target));
          } else {
            set(def, id, f, remove(current(def, id, f), target));
          }
        }
        case 3 -> {
          if (o2m) {
            writer.unlink(env, co, List.of(target));
          } else {
            set(def, id, f, remove(current(def, id, f), target));
          }
        }
        case 4 -> {
          if (o2m) {
            writer.write(env, co, List.of(target), Map.of(f.inverse(), id));
          } else {
            set(def, id, f, addTo(current(def, id, f), target));
          }
        }
        case 5 -> replace(def, id, f, co, List.of());
        case 6 -> replace(def, id, f, co, (List<Object>) cmd.get(2));
        default ->
            throw OdooError.internal("builtins.ValueError", "Unknown command " + op, "command");
      }
    }
  }

  private void replace(ModelDef def, int id, Field f, ModelDef co, List<Object> raw) {
    List<Integer> wanted = new ArrayList<>();
    for (Object o : raw) {
      Integer target = Values.toId(o);
      if (!orm.store().exists(co.name(), target)) {
        throw OdooError.missing(co.name(), target, env.uid());
      }
      wanted.add(target);
    }
    if (f.type() == FieldType.ONE2MANY) {
      for (Integer old : current(def, id, f)) {
        if (!wanted.contains(old)) {
          writer.unlink(env, co, List.of(old));
        }
      }
      for (Integer w : wanted) {
        writer.write(env, co, List.of(w), Map.of(f.inverse(), id));
      }
    } else {
      set(def, id, f, new LinkedHashSet<>(wanted));
    }
  }

  private List<Integer> current(ModelDef def, int id, Field f) {
    return Writer.ids(orm.store().get(def.name(), id).get(f.name()));
  }

  private static Set<Integer> addTo(List<Integer> ids, Integer id) {
    Set<Integer> s = new LinkedHashSet<>(ids);
    s.add(id);
    return s;
  }

  private static Set<Integer> remove(List<Integer> ids, Integer id) {
    Set<Integer> s = new LinkedHashSet<>(ids);
    s.remove(id);
    return s;
  }

  private void set(ModelDef def, int id, Field f, Set<Integer> ids) {
    Map<String, Object> copy = new HashMap<>(orm.store().get(def.name(), id));
    copy.put(f.name(), List.copyOf(ids));
    orm.store().put(def.name(), id, copy);
  }
}
