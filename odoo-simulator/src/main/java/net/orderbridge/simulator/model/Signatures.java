package net.orderbridge.simulator.model;

import java.util.List;
import java.util.Map;

/**
 * The public methods and their Python parameter names. XML-RPC passes them positionally, JSON-2 by
 * name; record methods take the record ids first ({@code ids}).
 */
public final class Signatures {
  private static final Map<String, List<String>> PARAMS =
      Map.ofEntries(
          Map.entry("search", List.of("domain", "offset", "limit", "order")),
          Map.entry("search_read", List.of("domain", "fields", "offset", "limit", "order")),
          Map.entry("search_count", List.of("domain", "limit")),
          Map.entry("read", List.of("ids", "fields", "load")),
          Map.entry("create", List.of("vals_list")),
          Map.entry("write", List.of("ids", "vals")),
          Map.entry("unlink", List.of("ids")),
          Map.entry("fields_get", List.of("allfields", "attributes")),
          Map.entry("default_get", List.of("fields_list")),
          Map.entry("name_search", List.of("name", "domain", "operator", "limit")),
          Map.entry(
              "read_group",
              List.of("domain", "fields", "groupby", "offset", "limit", "orderby", "lazy")),
          Map.entry("button_confirm", List.of("ids")),
          Map.entry("button_approve", List.of("ids", "force")),
          Map.entry("button_cancel", List.of("ids")),
          Map.entry("button_draft", List.of("ids")),
          Map.entry("button_lock", List.of("ids")),
          Map.entry("button_unlock", List.of("ids")),
          Map.entry("make_key", List.of("ids")));

  private Signatures() {}

  /** The parameter names of a method that exists on the model, or null. */
  public static List<String> of(String model, String method) {
    if (method.startsWith("button_") && !model.equals(PurchaseRules.ORDER)) {
      return null;
    }
    if (method.equals("make_key") && !model.equals("res.users.apikeys.description")) {
      return null;
    }
    return PARAMS.get(method);
  }

  public static boolean takesIds(String method) {
    List<String> p = PARAMS.get(method);
    return p != null && !p.isEmpty() && p.get(0).equals("ids");
  }

  public static boolean readOnly(String method) {
    return List.of(
            "search",
            "search_read",
            "search_count",
            "read",
            "fields_get",
            "default_get",
            "name_search",
            "read_group")
        .contains(method);
  }

  /** The Python function whose signature refuses an unexpected keyword, as Odoo names it. */
  public static String pythonFunction(String method) {
    return method.equals("search_read") ? "BaseModel._read_format" : "BaseModel." + method;
  }
}
