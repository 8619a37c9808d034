package net.orderbridge.simulator.model;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/** Runs one {@code execute_kw} call: checks, one transaction, and the method itself. */
public final class Dispatcher {
  /** Python's None: what {@code button_cancel} returns. */
  public static final Object NONE =
      new Object() {
        @Override
        public String toString() {
          return "None";
        }
      };

  private final Orm orm;
  private final Writer writer;
  private final Actions actions;
  private final Clock clock;
  private volatile Consumer<List<Env.Change>> afterCommit = c -> {};

  public Dispatcher(Orm orm, Clock clock) {
    this.orm = orm;
    this.writer = new Writer(orm);
    this.actions = new Actions(orm, writer);
    this.clock = clock;
  }

  public void afterCommit(Consumer<List<Env.Change>> listener) {
    this.afterCommit = listener;
  }

  public Orm orm() {
    return orm;
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Checks model and method the way Odoo's {@code get_public_method} does. */
  public ModelDef resolve(String model, String method) {
    ModelDef def = orm.def(model);
    if (def == null) {
      throw new OdooError(
          OdooError.Kind.USER,
          "builtins.KeyError",
          "Object " + model + " doesn't exist",
          "no_model");
    }
    if (method.startsWith("_")) {
      throw OdooError.access(
          "Private methods (such as '" + model + "." + method + "') cannot be called remotely.");
    }
    if (Signatures.of(model, method) == null) {
      throw OdooError.internal(
          "builtins.AttributeError",
          "The method '" + model + "." + method + "' does not exist",
          "no_method");
    }
    return def;
  }

  public Object execute(
      int uid, String model, String method, Map<String, Object> args, Map<String, Object> ctx) {
    return execute(uid, model, method, args, ctx, now());
  }

  /**
   * Runs the call as a transaction that started at {@code startedAt} (Odoo's {@code write_date} is
   * the start of the writing transaction) and commits now, as a long Odoo transaction does.
   */
  public Object execute(
      int uid,
      String model,
      String method,
      Map<String, Object> args,
      Map<String, Object> ctx,
      LocalDateTime startedAt) {
    ModelDef def = resolve(model, method);
    for (String key : args.keySet()) {
      if (!Signatures.of(model, method).contains(key) && !key.equals("args")) {
        throw OdooError.internal(
            "builtins.TypeError",
            Signatures.pythonFunction(method)
                + "() got an unexpected keyword argument "
                + PyRepr.of(key),
            "unexpected_kw");
      }
    }
    Users.checkRights(orm, uid, def, method);
    boolean readOnly = Signatures.readOnly(method);
    Lock lock = readOnly ? orm.store().lock().readLock() : orm.store().lock().writeLock();
    Env env = new Env(uid, ctx, startedAt);
    Object result;
    lock.lock();
    try {
      if (!readOnly) {
        orm.store().begin();
      }
      try {
        result = run(env, def, method, args);
        if (!readOnly) {
          orm.store().commit();
        }
      } catch (RuntimeException e) {
        orm.store().rollback();
        throw e;
      }
    } finally {
      lock.unlock();
    }
    if (!env.changes().isEmpty()) {
      afterCommit.accept(env.changes());
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private Object run(Env env, ModelDef def, String method, Map<String, Object> a) {
    switch (method) {
      case "search":
        return orm.search(
            env,
            def,
            list(a.get("domain")),
            intArg(a.get("offset"), 0),
            limit(a.get("limit")),
            str(a.get("order")));
      case "search_count":
        return orm.search(env, def, list(a.get("domain")), 0, limit(a.get("limit")), "id").size();
      case "search_read":
        List<Integer> ids =
            orm.search(
                env,
                def,
                list(a.get("domain")),
                intArg(a.get("offset"), 0),
                limit(a.get("limit")),
                str(a.get("order")));
        return orm.read(def, ids, (List<String>) list(a.get("fields")));
      case "read":
        return orm.read(def, ids(a.get("ids")), (List<String>) list(a.get("fields")));
      case "create":
        Object vals = a.get("vals_list");
        if (vals instanceof Map<?, ?> one) {
          return writer.createOne(env, def, (Map<String, Object>) one);
        }
        return writer.create(env, def, (List<Map<String, Object>>) vals);
      case "write":
        writer.write(env, def, ids(a.get("ids")), (Map<String, Object>) a.get("vals"));
        return true;
      case "unlink":
        writer.unlink(env, def, ids(a.get("ids")));
        return true;
      case "fields_get":
        return orm.fieldsGet(def, (List<String>) list(a.get("attributes")));
      case "default_get":
        return orm.rules().defaultGet(env, def, list(a.get("fields_list")));
      case "name_search":
        return nameSearch(env, def, a);
      case "read_group":
        return new ReadGroup(orm).run(env, def, a);
      default:
        return actions.run(env, def, method, ids(a.get("ids")));
    }
  }

  private List<List<Object>> nameSearch(Env env, ModelDef def, Map<String, Object> a) {
    String name = a.get("name") == null ? "" : a.get("name").toString();
    String op = a.get("operator") == null ? "ilike" : a.get("operator").toString();
    List<Object> dom = new ArrayList<>(list(a.get("domain")));
    if (!name.isEmpty()) {
      dom.add(List.of("name", op, name));
    }
    Integer limit = a.containsKey("limit") ? limit(a.get("limit")) : Integer.valueOf(100);
    List<List<Object>> out = new ArrayList<>();
    for (Integer id : orm.search(env, def, dom, 0, limit, null)) {
      out.add(List.of(id, orm.displayName(def.name(), id)));
    }
    return out;
  }

  static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  static List<Integer> ids(Object o) {
    List<Integer> out = new ArrayList<>();
    if (o instanceof Number n) {
      out.add(n.intValue());
    } else {
      for (Object x : list(o)) {
        out.add(((Number) x).intValue());
      }
    }
    return out;
  }

  private static Integer limit(Object o) {
    return o instanceof Number n ? Integer.valueOf(n.intValue()) : null;
  }

  private static int intArg(Object o, int dflt) {
    return o instanceof Number n ? n.intValue() : dflt;
  }

  private static String str(Object o) {
    return o instanceof String s ? s : null;
  }

  /** Positional XML-RPC arguments to named ones. */
  public static Map<String, Object> named(
      String model, String method, List<Object> args, Map<String, Object> kwargs) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> names = Signatures.of(model, method);
    for (int i = 0; i < args.size(); i++) {
      out.put(names != null && i < names.size() ? names.get(i) : "args", args.get(i));
    }
    kwargs.forEach(
        (k, v) -> {
          if (!k.equals("context")) {
            out.put(k.equals("args") && "name_search".equals(method) ? "domain" : k, v);
          }
        });
    return out;
  }
}
