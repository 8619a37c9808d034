package net.orderbridge.simulator.model;

import java.util.List;
import java.util.Map;

/** Logins, passwords, API keys and the one access right that matters here: purchase. */
public final class Users {
  /** Odoo's {@code purchase.group_purchase_user}. */
  public static final int PURCHASE_GROUP = 40;

  /**
   * The admin (uid 2), the only user here in Administration / Settings, the group that may read
   * {@code ir.config_parameter} in Odoo.
   */
  static final int ADMIN = 2;

  private Users() {}

  /** The uid for a login and a password or API key, or 0 ({@code False}). */
  public static int authenticate(Orm orm, String login, String secret, boolean keysAllowed) {
    for (Map<String, Object> u : orm.store().all("res.users")) {
      if (login.equals(u.get("login")) && !Boolean.FALSE.equals(u.get("active"))) {
        int uid = (Integer) u.get("id");
        return secretMatches(orm, uid, secret, keysAllowed) ? uid : 0;
      }
    }
    return 0;
  }

  public static boolean secretMatches(Orm orm, int uid, String secret, boolean keysAllowed) {
    Map<String, Object> u = orm.store().get("res.users", uid);
    if (u == null || secret == null) {
      return false;
    }
    if (secret.equals(u.get("password"))) {
      return true;
    }
    return keysAllowed && uidForKey(orm, secret) == uid;
  }

  /** The user an API key belongs to, or -1. */
  public static int uidForKey(Orm orm, String key) {
    for (Map<String, Object> k : orm.store().all("res.users.apikeys")) {
      if (key.equals(k.get("key"))) {
        return (Integer) k.get("user_id");
      }
    }
    return -1;
  }

  public static boolean hasPurchaseRights(Orm orm, int uid) {
    Map<String, Object> u = orm.store().get("res.users", uid);
    String groups = orm.models().schema().groupsField();
    return u != null && Writer.ids(u.get(groups)).contains(PURCHASE_GROUP);
  }

  static void checkRights(Orm orm, int uid, ModelDef def, String method) {
    if (def.name().equals("ir.config_parameter") && uid != ADMIN) {
      throw OdooError.access(
          "You are not allowed to access 'System Parameter' (ir.config_parameter) records.\n\n"
              + "This operation is allowed for the following groups:\n"
              + "\t- Administration/Settings\n\n"
              + "Contact your administrator to request access if necessary.");
    }
    if (!def.needsPurchaseRights() || hasPurchaseRights(orm, uid) || method.equals("fields_get")) {
      return;
    }
    String what = def.description() + "' (" + def.name() + ") records.\n\n";
    if (method.equals("create")) {
      throw OdooError.access(
          "You are not allowed to create '"
              + what
              + "This operation is allowed for the following groups:\n"
              + "\t- Purchase/Administrator\n\t- Purchase/User\n\n"
              + "Contact your administrator to request access if necessary.");
    }
    throw OdooError.access(
        "You are not allowed to access '"
            + what
            + "This operation is allowed for the following groups:\n"
            + String.join(
                "",
                List.of(
                    "\t- Accounting/Invoicing\n",
                    "\t- Purchase/Administrator\n",
                    "\t- Purchase/User\n",
                    "\t- Role / Portal\n",
                    "\t- Show Accounting Features - Readonly\n"))
            + "\nContact your administrator to request access if necessary.");
  }
}
