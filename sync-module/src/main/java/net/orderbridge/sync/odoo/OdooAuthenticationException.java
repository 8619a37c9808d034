package net.orderbridge.sync.odoo;

/**
 * The credentials were refused: a wrong or revoked API key or password, a wrong login or uid
 * (XML-RPC fault 3 "Access Denied", {@code authenticate} answering {@code False}, JSON-2 401). Open
 * the circuit: every further call will fail the same way.
 */
public class OdooAuthenticationException extends OdooException {
  public OdooAuthenticationException(String remoteName, String message, Throwable cause) {
    super(ErrorType.PERMANENT, remoteName, message, cause);
  }

  public OdooAuthenticationException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
