package net.orderbridge.sync.odoo.purchase;

/**
 * A local record has no Odoo counterpart we could send (an unknown supplier, product or currency).
 * A business failure: the user must fix the order or the catalogue; retrying sends the same gap.
 */
public class UnmappedRecordException extends RuntimeException {
  public UnmappedRecordException(String message) {
    super(message);
  }
}
