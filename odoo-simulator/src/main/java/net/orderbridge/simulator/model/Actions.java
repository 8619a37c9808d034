package net.orderbridge.simulator.model;

import java.util.List;
import java.util.Map;

/** The order buttons, with the return values Odoo gives (None where Python returns nothing). */
final class Actions {
  private final Orm orm;
  private final Writer writer;

  Actions(Orm orm, Writer writer) {
    this.orm = orm;
    this.writer = writer;
  }

  Object run(Env env, ModelDef def, String method, List<Integer> ids) {
    PurchaseRules rules = orm.rules();
    boolean v19 = orm.models().schema().v19();
    if (method.equals("make_key")) {
      throw OdooError.user("This method can only be accessed over HTTP");
    }
    for (Integer id : ids) {
      if (!orm.store().exists(def.name(), id)) {
        throw OdooError.missing(def.name(), id, env.uid());
      }
    }
    switch (method) {
      case "button_confirm":
        writer.write(
            env,
            def,
            rules.inStates(ids, "draft", "sent"),
            Map.of("state", "purchase", "date_approve", env.now()));
        return true;
      case "button_approve":
        writer.write(
            env,
            def,
            rules.inStates(ids, "draft", "sent", "to approve"),
            Map.of("state", "purchase", "date_approve", env.now()));
        return Map.of();
      case "button_cancel":
        for (Integer id : ids) {
          Map<String, Object> rec = orm.store().get(def.name(), id);
          if (Boolean.TRUE.equals(rec.get("locked")) || "done".equals(rec.get("state"))) {
            throw OdooError.user(
                "Unable to cancel purchase order "
                    + rec.get("name")
                    + " as it is locked. Unlock it first.");
          }
        }
        writer.write(env, def, ids, Map.of("state", "cancel"));
        return Dispatcher.NONE;
      case "button_draft":
        writer.write(env, def, rules.inStates(ids, "cancel"), Map.of("state", "draft"));
        return Map.of();
      case "button_lock":
        writer.write(env, def, ids, v19 ? Map.of("locked", true) : Map.of("state", "done"));
        return Dispatcher.NONE;
      case "button_unlock":
        if (v19) {
          writer.write(env, def, ids, Map.of("locked", false));
        } else {
          writer.write(env, def, rules.inStates(ids, "done"), Map.of("state", "purchase"));
        }
        return Dispatcher.NONE;
      case "make_key":
        throw OdooError.user("This method can only be accessed over HTTP");
      default:
        throw new IllegalStateException(method);
    }
  }
}
