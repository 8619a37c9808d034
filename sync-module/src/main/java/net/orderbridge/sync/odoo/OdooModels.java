package net.orderbridge.sync.odoo;

/**
 * The Odoo models this service follows, by their Odoo names: what webhook hints, cursors and
 * messages name. Their fields are known only inside the connector.
 */
public final class OdooModels {
  public static final String PURCHASE_ORDER = "purchase.order";
  public static final String PURCHASE_ORDER_LINE = "purchase.order.line";
  public static final String PARTNER = "res.partner";
  public static final String PRODUCT = "product.product";
  public static final String SUPPLIER_PRICE = "product.supplierinfo";

  private OdooModels() {}
}
