package net.orderbridge.purchaseorder.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/** A fake catalogue: known suppliers, products, and one list price per supplier and product. */
final class FakeSupplierCatalogue implements SupplierCatalogue {

  private final Set<SupplierId> suppliers = new HashSet<>();
  private final Map<ProductId, ProductInfo> products = new HashMap<>();
  private final Map<String, Money> prices = new HashMap<>();

  SupplierId supplier() {
    SupplierId id = SupplierId.random();
    suppliers.add(id);
    return id;
  }

  ProductId product(String name) {
    ProductId id = ProductId.random();
    products.put(id, new ProductInfo(id, name));
    return id;
  }

  void listPrice(SupplierId supplier, ProductId product, Money price) {
    prices.put(supplier + "/" + product, price);
  }

  @Override
  public boolean supplierExists(SupplierId supplier) {
    return suppliers.contains(supplier);
  }

  @Override
  public Optional<ProductInfo> product(ProductId product) {
    return Optional.ofNullable(products.get(product));
  }

  @Override
  public Optional<Money> price(SupplierId supplier, ProductId product, Quantity quantity) {
    return Optional.ofNullable(prices.get(supplier + "/" + product));
  }
}
