package net.orderbridge.sync.odoo;

/**
 * The user is authenticated but lacks the access rights, or the method is private (XML-RPC fault 4,
 * JSON-2 403).
 */
public class OdooAccessDeniedException extends OdooException {
  public OdooAccessDeniedException(String remoteName, String message, Throwable cause) {
    super(ErrorType.PERMANENT, remoteName, message, cause);
  }

  public OdooAccessDeniedException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
