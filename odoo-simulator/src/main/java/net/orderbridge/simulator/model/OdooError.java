package net.orderbridge.simulator.model;

/**
 * An error raised the way Odoo raises it. The kind decides the XML-RPC fault code and the JSON-2
 * status; {@code pythonName} is the exception class that Odoo names in tracebacks and JSON-2
 * bodies.
 */
public class OdooError extends RuntimeException {

  /** How Odoo classifies the exception on the wire. */
  public enum Kind {
    /** UserError, ValidationError: fault 2, JSON-2 422. */
    USER(2, 422),
    /** MissingError: fault 2, JSON-2 404. */
    MISSING(2, 404),
    /** AccessError: fault 4, JSON-2 403. */
    ACCESS(4, 403),
    /** AccessDenied: fault 3, JSON-2 401. */
    DENIED(3, 401),
    /** Anything else: fault 1 with a traceback, JSON-2 500. */
    INTERNAL(1, 500);

    public final int faultCode;
    public final int httpStatus;

    Kind(int faultCode, int httpStatus) {
      this.faultCode = faultCode;
      this.httpStatus = httpStatus;
    }
  }

  private final Kind kind;
  private final String pythonName;
  private final String traceKey;

  public OdooError(Kind kind, String pythonName, String message, String traceKey) {
    super(message, null, false, false);
    this.kind = kind;
    this.pythonName = pythonName;
    this.traceKey = traceKey;
  }

  public static OdooError user(String message) {
    return new OdooError(Kind.USER, "odoo.exceptions.UserError", message, null);
  }

  public static OdooError validation(String message) {
    return new OdooError(Kind.USER, "odoo.exceptions.ValidationError", message, null);
  }

  public static OdooError missing(String model, Object id, int uid) {
    return new OdooError(
        Kind.MISSING,
        "odoo.exceptions.MissingError",
        "Record does not exist or has been deleted.\n(Record: "
            + model
            + "("
            + id
            + ",), User: "
            + uid
            + ")",
        null);
  }

  public static OdooError access(String message) {
    return new OdooError(Kind.ACCESS, "odoo.exceptions.AccessError", message, null);
  }

  public static OdooError denied() {
    return new OdooError(Kind.DENIED, "odoo.exceptions.AccessDenied", "Access Denied", null);
  }

  /**
   * A Python exception that Odoo does not translate: fault 1 with a traceback. {@code traceKey}
   * names the traceback template (see {@code Tracebacks}).
   */
  public static OdooError internal(String pythonName, String message, String traceKey) {
    return new OdooError(Kind.INTERNAL, pythonName, message, traceKey);
  }

  public Kind kind() {
    return kind;
  }

  /** Fully qualified, e.g. {@code odoo.exceptions.UserError} or {@code builtins.ValueError}. */
  public String pythonName() {
    return pythonName;
  }

  /** The class name as a traceback's last line shows it, e.g. {@code ValueError}. */
  public String shortPythonName() {
    return pythonName.startsWith("builtins.")
        ? pythonName.substring("builtins.".length())
        : pythonName;
  }

  public String traceKey() {
    return traceKey;
  }
}
