package net.orderbridge.simulator.json2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.Core;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.model.Dispatcher;
import net.orderbridge.simulator.model.OdooError;
import net.orderbridge.simulator.model.Signatures;

/**
 * {@code POST /json/2/<model>/<method>} (Odoo 19+): bearer API key, named arguments, real HTTP
 * statuses and Odoo's error body {@code {name, message, arguments, context, debug}}.
 */
public final class Json2Endpoint implements Endpoint {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private final Core core;

  public Json2Endpoint(Core core) {
    this.core = core;
  }

  /** {@code /json/2/<model>/<method>}: the model and method, or null for any other path. */
  private static Faults.Target route(Request request) {
    String[] parts = request.path().split("/");
    return parts.length == 5 ? new Faults.Target(parts[3], parts[4]) : null;
  }

  @Override
  public Faults.Target target(Request request) {
    Faults.Target route = route(request);
    return route == null ? Faults.Target.UNKNOWN : route;
  }

  @Override
  public Reply handle(Request request) throws Exception {
    Faults.Target route = route(request);
    if (!core.schema().hasJson2() || route == null) {
      return Reply.of(404, HTML, Json2Errors.NOT_FOUND_HTML);
    }
    String model = route.model();
    String method = route.method();
    String type = request.header("content-type");
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      return Reply.of(415, HTML, Json2Errors.UNSUPPORTED_HTML).with("Accept", "application/json");
    }
    String db = request.header("x-odoo-database");
    if (db != null && !db.equals(core.config().db())) {
      return Reply.of(404, HTML, Json2Errors.NO_DB_HTML);
    }
    String auth = request.header("authorization");
    if (auth == null || !auth.toLowerCase().startsWith("bearer ")) {
      return Json2Errors.werkzeug(
              401,
              "Unauthorized",
              "User not authenticated, use an API Key with a Bearer Authorization header.")
          .with("WWW-Authenticate", "Bearer ");
    }
    int uid = core.uidForApiKey(auth.substring(7).trim());
    if (uid < 0) {
      return Json2Errors.werkzeug(401, "Unauthorized", "Invalid apikey")
          .with("WWW-Authenticate", "Bearer ");
    }
    Map<String, Object> body;
    try {
      body = parse(request.body());
    } catch (java.io.IOException e) {
      return Json2Errors.werkzeug(
          400,
          "BadRequest",
          "could not parse the body as json: " + pythonMessage(e, request.body()));
    }
    try {
      return Reply.of(200, JSON_TYPE, JSON.writeValueAsString(call(uid, model, method, body)));
    } catch (OdooError e) {
      return Json2Errors.of(e, model);
    } catch (RuntimeException e) {
      return Json2Errors.of(
          OdooError.internal("builtins.TypeError", String.valueOf(e), null), model);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(byte[] bytes) throws java.io.IOException {
    if (bytes.length == 0) {
      return new LinkedHashMap<>();
    }
    Object o = JSON.readValue(bytes.length == 0 ? "{}".getBytes() : bytes, Object.class);
    if (o instanceof Map<?, ?> m) {
      return new LinkedHashMap<>((Map<String, Object>) m);
    }
    throw new JsonProcessingException("body is not a JSON object") {};
  }

  /** Python's json error text, e.g. {@code Expecting value: line 1 column 13 (char 12)}. */
  private static String pythonMessage(java.io.IOException e, byte[] body) {
    JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return "Expecting value: line "
        + line
        + " column "
        + column
        + " (char "
        + (offset + column - 1)
        + ")";
  }

  @SuppressWarnings("unchecked")
  private Object call(int uid, String model, String method, Map<String, Object> body) {
    core.calls().call(model, method);
    core.dispatcher().resolve(model, method);
    core.refuseIfAimed(model, method);
    Map<String, Object> ctx =
        body.remove("context") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
    if (body.containsKey("ids") && !Signatures.takesIds(method)) {
      throw new OdooError(
          OdooError.Kind.USER,
          "werkzeug.exceptions.UnprocessableEntity",
          "cannot call " + model + "." + method + " with ids",
          "json2_ids");
    }
    if (Signatures.takesIds(method) && !body.containsKey("ids")) {
      body.put("ids", List.of());
    }
    Object result = core.dispatcher().execute(uid, model, method, body, ctx);
    return result == Dispatcher.NONE ? null : result;
  }
}
