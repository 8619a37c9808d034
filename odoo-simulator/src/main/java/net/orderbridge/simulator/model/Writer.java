package net.orderbridge.simulator.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The write side of the ORM: create, write, unlink and the x2many commands. */
public final class Writer {
  private final Orm orm;
  private final Store store;

  public Writer(Orm orm) {
    this.orm = orm;
    this.store = orm.store();
  }

  public List<Integer> create(Env env, ModelDef def, List<Map<String, Object>> valsList) {
    List<Integer> ids = new ArrayList<>();
    for (Map<String, Object> vals : valsList) {
      ids.add(createOne(env, def, vals));
    }
    return ids;
  }

  public int createOne(Env env, ModelDef def, Map<String, Object> input) {
    int id = store.nextId(def.name());
    Map<String, Object> vals = new HashMap<>(input);
    orm.rules().defaults(env, def, vals);
    Map<String, Object> rec = new HashMap<>();
    rec.put("id", id);
    for (Field f : def.fields()) {
      if (f.type().isX2many()) {
        rec.put(f.name(), List.of());
      }
    }
    if (def.has("active")) {
      rec.put("active", Boolean.TRUE);
    }
    rec.put("create_date", env.now());
    rec.put("create_uid", env.uid());
    rec.put("write_date", env.now());
    rec.put("write_uid", env.uid());
    assign(env, def, rec, vals, false);
    checkRequired(def, rec);
    store.put(def.name(), id, rec);
    linkInverse(def, id, null, rec);
    commands(env, def, id, vals);
    orm.rules().check(env, def, id);
    env.changed(def.name(), id, "create");
    return id;
  }

  public void write(Env env, ModelDef def, List<Integer> ids, Map<String, Object> vals) {
    for (Integer id : ids) {
      if (!store.exists(def.name(), id)) {
        throw OdooError.missing(def.name(), id, env.uid());
      }
    }
    for (Integer id : ids) {
      Map<String, Object> old = store.get(def.name(), id);
      Map<String, Object> rec = new HashMap<>(old);
      orm.rules().beforeWrite(env, def, old, vals);
      assign(env, def, rec, vals, true);
      rec.put("write_date", env.now());
      rec.put("write_uid", env.uid());
      checkRequired(def, rec);
      store.put(def.name(), id, rec);
      linkInverse(def, id, old, rec);
      commands(env, def, id, vals);
      orm.rules().check(env, def, id);
      env.changed(def.name(), id, "write");
    }
  }

  public void unlink(Env env, ModelDef def, List<Integer> ids) {
    for (Integer id : ids) {
      Map<String, Object> rec = store.get(def.name(), id);
      if (rec == null) {
        continue;
      }
      orm.rules().beforeUnlink(env, def, rec);
      for (Field f : def.fields()) {
        if (f.type() == FieldType.ONE2MANY && f.inverse() != null && rec.get(f.name()) != null) {
          for (Integer child : ids(rec.get(f.name()))) {
            store.remove(f.relation(), child);
          }
        }
      }
      store.remove(def.name(), id);
      linkInverse(def, id, rec, null);
    }
  }

  private void assign(
      Env env, ModelDef def, Map<String, Object> rec, Map<String, Object> vals, boolean writing) {
    for (Map.Entry<String, Object> e : vals.entrySet()) {
      Field f = def.field(e.getKey());
      if (f == null) {
        throw OdooError.internal(
            "builtins.ValueError",
            "Invalid field " + PyRepr.of(e.getKey()) + " in " + PyRepr.of(def.name()),
            "unknown_field_" + (writing ? "write" : "create"));
      }
      if (f.type().isX2many() || f.name().equals("id")) {
        continue;
      }
      rec.put(f.name(), convert(env, def, f, e.getValue()));
    }
  }

  private Object convert(Env env, ModelDef def, Field f, Object v) {
    if (v == null || (Boolean.FALSE.equals(v) && f.type() != FieldType.BOOLEAN)) {
      return null;
    }
    switch (f.type()) {
      case MANY2ONE:
        Integer id = Values.toId(v);
        if (!store.exists(f.relation(), id)) {
          throw OdooError.missing(f.relation(), id, env.uid());
        }
        return id;
      case DATETIME:
        return Values.parseWriteDatetime(v);
      case DATE:
        return Values.parseWriteDatetime(v).toLocalDate();
      case FLOAT:
      case MONETARY:
        return Values.toDouble(def.name(), f, v);
      case INTEGER:
        return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString());
      case BOOLEAN:
        return v instanceof Boolean b ? b : (v instanceof Number n && n.intValue() != 0);
      case SELECTION:
        String s = v.toString();
        if (f.selection() != null && f.selection().stream().noneMatch(p -> p.get(0).equals(s))) {
          throw OdooError.internal(
              "builtins.ValueError",
              "Wrong value for " + def.name() + "." + f.name() + ": " + PyRepr.of(v),
              "selection");
        }
        return s;
      default:
        return v;
    }
  }

  private void checkRequired(ModelDef def, Map<String, Object> rec) {
    for (Field f : def.fields()) {
      if (f.required()
          && !f.readonly()
          && !f.type().isX2many()
          && rec.get(f.name()) == null
          && orm.rules().compute(def.name(), rec, f.name()) == null) {
        throw OdooError.validation(
            "The operation cannot be completed: Missing required value for the field '"
                + f.string()
                + "' ("
                + f.name()
                + ").\nModel: '"
                + def.description()
                + "' ("
                + def.name()
                + ")\n- create/update: a mandatory field is not set\n"
                + "- delete: another model requires the record being deleted, you can archive it"
                + " instead\n");
      }
    }
  }

  /** Keeps the parents' one2many lists in step with a child's many2one. */
  private void linkInverse(ModelDef def, int id, Map<String, Object> old, Map<String, Object> rec) {
    for (Field f : def.fields()) {
      if (f.type() != FieldType.MANY2ONE) {
        continue;
      }
      ModelDef parent = orm.def(f.relation());
      if (parent == null) {
        continue;
      }
      for (Field o2m : parent.fields()) {
        if (o2m.type() == FieldType.ONE2MANY
            && def.name().equals(o2m.relation())
            && f.name().equals(o2m.inverse())) {
          Object before = old == null ? null : old.get(f.name());
          Object after = rec == null ? null : rec.get(f.name());
          if (before != null && !before.equals(after)) {
            editList(parent.name(), (Integer) before, o2m.name(), id, false);
          }
          if (after != null && !after.equals(before)) {
            editList(parent.name(), (Integer) after, o2m.name(), id, true);
          }
        }
      }
    }
  }

  private void editList(String model, int id, String field, int child, boolean add) {
    Map<String, Object> rec = store.get(model, id);
    if (rec == null) {
      return;
    }
    Set<Integer> ids = new LinkedHashSet<>(ids(rec.get(field)));
    if (add ? ids.add(child) : ids.remove(child)) {
      Map<String, Object> copy = new HashMap<>(rec);
      copy.put(field, List.copyOf(ids));
      store.put(model, id, copy);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Integer> ids(Object v) {
    return v == null ? List.of() : (List<Integer>) v;
  }

  private void commands(Env env, ModelDef def, int id, Map<String, Object> vals) {
    for (Map.Entry<String, Object> e : vals.entrySet()) {
      Field f = def.field(e.getKey());
      if (f != null && f.type().isX2many() && e.getValue() instanceof List<?> cmds) {
        new X2manyCommands(this, orm, env).apply(def, id, f, cmds);
      }
    }
  }
}
