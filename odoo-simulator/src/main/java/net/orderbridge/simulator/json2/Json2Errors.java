package net.orderbridge.simulator.json2;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.Endpoint.Reply;
import net.orderbridge.simulator.model.OdooError;

/** Odoo's JSON-2 error bodies and the HTML pages werkzeug answers before JSON-2 is reached. */
final class Json2Errors {
  static final String NOT_FOUND_HTML =
      "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
          + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the"
          + " URL manually please check your spelling and try again.</p>\n";
  static final String NO_DB_HTML =
      "<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
          + "<p>No database is selected and the requested URL was not found in the server-wide"
          + " controllers.</p>\n<p>Please verify the hostname, <a href=/web/login>login</a> and try"
          + " again.</p>\n\n<!-- Alternatively, use the X-Odoo-Database header. -->\n";
  static final String UNSUPPORTED_HTML =
      "<!doctype html>\n<html lang=en>\n"
          + "<title>415 Unsupported Media Type</title>\n<h1>Unsupported Media Type</h1>\n"
          + "<p>Request inferred type is compatible with [&#39;http&#39;] but &#39;/json/2&#39; is"
          + " type=&#39;json2&#39;.<br><br>Please verify the Content-Type request header and try"
          + " again.</p>\n";
  private static final String FRAMES =
      "Traceback (most recent call last):\n"
          + "  File \"/opt/odoo/odoo/http.py\", line 2275, in _serve_db\n"
          + "    return service_model.retrying(serve_func, env=self.env)\n"
          + "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
          + "  File \"/opt/odoo/addons/rpc/controllers/json2.py\", line 86, in web_json_2_rpc\n"
          + "    result = func(records, **kwargs)\n"
          + "             ^^^^^^^^^^^^^^^^^^^^^^^\n";

  private Json2Errors() {}

  static Reply werkzeug(int status, String name, String message) {
    String reason =
        switch (status) {
          case 400 -> "Bad Request";
          case 401 -> "Unauthorized";
          case 404 -> "Not Found";
          case 422 -> "Unprocessable Entity";
          default -> name;
        };
    return body(
        status,
        "werkzeug.exceptions." + name,
        message,
        List.of(message, status),
        FRAMES
            + "werkzeug.exceptions."
            + name
            + ": "
            + status
            + " "
            + reason
            + ": "
            + message
            + "\n");
  }

  static Reply of(OdooError e, String model) {
    if ("no_model".equals(e.traceKey())) {
      return werkzeug(404, "NotFound", "the model '" + model + "' does not exist");
    }
    if ("no_method".equals(e.traceKey())) {
      return werkzeug(404, "NotFound", e.getMessage());
    }
    if ("json2_ids".equals(e.traceKey())) {
      return werkzeug(422, "UnprocessableEntity", e.getMessage());
    }
    String shortName =
        e.pythonName().startsWith("builtins.") ? e.pythonName().substring(9) : e.pythonName();
    return body(
        e.kind().httpStatus,
        e.pythonName(),
        e.getMessage(),
        List.of(e.getMessage()),
        FRAMES + shortName + ": " + e.getMessage() + "\n");
  }

  private static Reply body(
      int status, String name, String message, List<Object> args, String debug) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", name);
    b.put("message", message);
    b.put("arguments", new ArrayList<>(args));
    b.put("context", Map.of());
    b.put("debug", debug);
    try {
      return Reply.of(
          status, "application/json; charset=utf-8", Json2Endpoint.JSON.writeValueAsString(b));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
