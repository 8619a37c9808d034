package net.orderbridge.purchaseorder.application;

import java.util.Optional;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/**
 * What the purchase-order context needs to know of the supplier catalogue (suppliers and products
 * mirrored from Odoo). A port: the supplier module implements it; calls run inside the caller's
 * transaction and may fill a cache miss from Odoo.
 */
public interface SupplierCatalogue {

  boolean supplierExists(SupplierId supplier);

  Optional<ProductInfo> product(ProductId product);

  /**
   * The unit price of a product in the supplier's price list (Odoo's {@code product.supplierinfo})
   * for the given quantity, in the price list's currency; empty when the supplier lists no price.
   */
  Optional<Money> price(SupplierId supplier, ProductId product, Quantity quantity);
}
