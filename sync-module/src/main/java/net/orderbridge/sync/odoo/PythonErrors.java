package net.orderbridge.sync.odoo;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.orderbridge.sync.odoo.OdooUnavailableException.Outcome;

/**
 * Classifies an error by the Python exception Odoo names: the last line of an XML-RPC fault 1
 * traceback ({@code ValueError: Invalid field ...}) or a JSON-2 error's {@code name} ({@code
 * builtins.ValueError}). Odoo itself retries serialization failures a few times inside {@code
 * retrying()} and rolls back, so the database errors that reach us are worth a later retry; Python
 * type and value errors mean our request is wrong.
 */
public final class PythonErrors {
  private static final Set<String> TRANSIENT_DATABASE =
      Set.of(
          "SerializationFailure",
          "TransactionRollbackError",
          "DeadlockDetected",
          "LockNotAvailable",
          "OperationalError",
          "InterfaceError",
          "QueryCanceled");
  private static final Set<String> MAPPING =
      Set.of("ValueError", "TypeError", "KeyError", "AttributeError", "IndexError");

  private static final Pattern MISSING_RECORD =
      Pattern.compile("\\(Record: ([\\w.]+)\\(([\\d, ]*)\\), User: (\\d+)\\)");

  private PythonErrors() {}

  /**
   * The parts of Odoo's {@code MissingError} text "(Record: purchase.order(99,), User: 2)": model,
   * ids, uid; null when the text has none.
   */
  public static Matcher missingRecord(String message) {
    Matcher m = MISSING_RECORD.matcher(message);
    return m.find() ? m : null;
  }

  /**
   * @param name the Python exception, qualified or not ({@code
   *     psycopg2.errors.SerializationFailure})
   * @param message its message, already redacted
   */
  public static OdooException classify(String name, String message) {
    String qualified = name.startsWith("builtins.") ? name.substring("builtins.".length()) : name;
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    String text = qualified + ": " + message;
    if (qualified.startsWith("psycopg2.") && TRANSIENT_DATABASE.contains(simple)) {
      if (message.contains("database") && message.contains("does not exist")) {
        // ODOO_DB names no database: a configuration error, not an outage
        return new OdooServerErrorException(qualified, text);
      }
      return new OdooUnavailableException(Outcome.NOT_APPLIED, qualified, text, null);
    }
    return switch (simple) {
      case "UserError", "ValidationError", "RedirectWarning" ->
          new OdooRejectedException(qualified, text);
      case "MissingError" ->
          new OdooRecordMissingException(
              qualified,
              text,
              missingRecord(message) == null ? null : missingRecord(message).group(1));
      case "AccessError" -> new OdooAccessDeniedException(qualified, text);
      case "AccessDenied" -> new OdooAuthenticationException(qualified, text);
      default ->
          MAPPING.contains(simple)
              ? new OdooMappingException(qualified, text)
              : new OdooServerErrorException(qualified, text);
    };
  }
}
