package net.orderbridge.sync.odoo;

/**
 * Our request does not fit Odoo's schema or signature: an unknown field, model or method, a wrong
 * value type or selection value (Python {@code ValueError}, {@code TypeError}, {@code KeyError},
 * {@code AttributeError}). A mapper or the schema discovery is wrong; retrying sends the same
 * mistake.
 */
public class OdooMappingException extends OdooException {
  public OdooMappingException(String remoteName, String message, Throwable cause) {
    super(ErrorType.PERMANENT, remoteName, message, cause);
  }

  public OdooMappingException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
