package net.orderbridge.sync.odoo;

/**
 * The answer is not what the Odoo protocol promises and was refused unread: a DOCTYPE or entity, an
 * XML-RPC extension type, an unexpected HTTP status or body. Either the URL does not point at Odoo
 * (or at the wrong database) or the peer is hostile.
 */
public class OdooProtocolException extends OdooException {
  public OdooProtocolException(String remoteName, String message, Throwable cause) {
    super(ErrorType.PERMANENT, remoteName, message, cause);
  }

  public OdooProtocolException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
