package net.orderbridge.sync.odoo;

/**
 * Odoo failed in a way none of the other types names (an unexpected Python exception, a
 * misconfigured database). Retrying is not expected to help.
 */
public class OdooServerErrorException extends OdooException {
  public OdooServerErrorException(String remoteName, String message, Throwable cause) {
    super(ErrorType.PERMANENT, remoteName, message, cause);
  }

  public OdooServerErrorException(String remoteName, String message) {
    this(remoteName, message, null);
  }
}
