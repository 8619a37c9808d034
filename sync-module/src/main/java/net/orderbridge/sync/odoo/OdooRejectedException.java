package net.orderbridge.sync.odoo;

/**
 * Odoo refused the call for a business reason: a {@code UserError} or {@code ValidationError} such
 * as a missing required value, a locked order, a recursive hierarchy (XML-RPC fault 2, JSON-2 422).
 * The transaction was rolled back; surface the message to the user.
 */
public class OdooRejectedException extends OdooException {
  public OdooRejectedException(String remoteName, String message, Throwable cause) {
    super(ErrorType.BUSINESS, remoteName, message, cause);
  }

  public OdooRejectedException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
