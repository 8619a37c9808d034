package archfixture.internals.purchaseorder.application;

import archfixture.internals.supplier.infrastructure.SupplierTable;

/** Bad: reaches into the supplier context's infrastructure instead of its api. */
public class UsesSupplierInternals {
  public Object row() {
    return new SupplierTable();
  }
}
