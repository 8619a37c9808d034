package archfixture.backwards.supplier.application;

import archfixture.backwards.purchaseorder.api.Orders;

/** Bad: the supplier context depends on the purchase-order context, against the arrow. */
public class AsksForOrders {
  public Orders orders;
}
