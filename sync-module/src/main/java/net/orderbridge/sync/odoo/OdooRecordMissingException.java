package net.orderbridge.sync.odoo;

/**
 * A record the call names does not exist (any more): Odoo's {@code MissingError}, "Record does not
 * exist or has been deleted." (XML-RPC fault 2, JSON-2 404). Note that {@code read} of a missing id
 * does not raise this: Odoo silently returns fewer records.
 */
public class OdooRecordMissingException extends OdooRejectedException {
  private final String missingModel;

  public OdooRecordMissingException(String remoteName, String message, String missingModel) {
    super(remoteName, message);
    this.missingModel = missingModel;
  }

  /** The model of the missing record as Odoo named it ({@code purchase.order}), or null. */
  public String missingModel() {
    return missingModel;
  }
}
