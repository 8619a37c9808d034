package net.orderbridge.sync.odoo.json2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import net.orderbridge.sync.odoo.OdooAccessDeniedException;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooProtocolException;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.PythonErrors;

/**
 * Turns a JSON-2 error answer into a classified exception. Odoo 19 answers {@code {name, message,
 * arguments, context, debug}} with 401 (missing or bad key), 403 ({@code AccessError}: rights or a
 * private method), 404 ({@code MissingError} for a record, {@code werkzeug NotFound} for a model or
 * method), 422 (user or validation error; {@code werkzeug UnprocessableEntity} for a call of the
 * wrong shape), 400 (body not JSON) and 500 (anything else: {@code builtins.ValueError}, {@code
 * psycopg2...}). A 404 with an HTML body means no database was selected ({@code X-Odoo-Database}
 * names none).
 */
final class Json2ErrorClassifier {
  private final ObjectMapper json;
  private final OdooSecret secret;

  Json2ErrorClassifier(ObjectMapper json, OdooSecret secret) {
    this.json = json;
    this.secret = secret;
  }

  OdooException classify(int status, byte[] body, String path) {
    JsonNode error = parse(body);
    if (error == null || !error.hasNonNull("name")) {
      String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
      return new OdooProtocolException(
          "HTTP " + status,
          "HTTP "
              + status
              + " on "
              + path
              + " is no JSON-2 answer (wrong URL or ODOO_DB?): "
              + secret.redact(start));
    }
    String name = error.get("name").asText();
    String message = secret.redact(error.path("message").asText(""));
    return switch (status) {
      case 401 -> new OdooAuthenticationException(name, "Odoo refused the API key: " + message);
      case 403 -> new OdooAccessDeniedException(name, message);
      case 404 -> notFound(name, message);
      case 422 ->
          name.endsWith("UnprocessableEntity")
              ? new OdooMappingException(name, message)
              : new OdooRejectedException(name, message);
      case 500 -> PythonErrors.classify(name, message);
      default -> new OdooProtocolException(name, "HTTP " + status + " on " + path + ": " + message);
    };
  }

  private static OdooException notFound(String name, String message) {
    if (name.endsWith("MissingError")) {
      Matcher m = PythonErrors.missingRecord(message);
      return new OdooRecordMissingException(name, message, m == null ? null : m.group(1));
    }
    return new OdooMappingException(name, message);
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
