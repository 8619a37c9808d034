package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.price.SupplierPrices;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.Products;
import net.orderbridge.supplier.domain.supplier.Supplier;
import net.orderbridge.supplier.domain.supplier.Suppliers;

/**
 * The levels below the caches: the mirror (L3) and then Odoo. A fresh mirrored record is served as
 * it is; an older one (see {@link MirrorPolicy}) is asked of Odoo again and, when Odoo can't be
 * reached, served marked stale with its {@code refreshedAt}. A record the mirror does not hold is
 * fetched by Odoo id; when Odoo can't be reached then, {@link SupplierSourceUnavailableException}
 * reaches the caller, since the catalogue has nothing to serve.
 */
@ApplicationScoped
public class MirrorLoader {
  private Suppliers suppliers;
  private Products products;
  private SupplierPrices prices;
  private SourceAccess source;
  private MirrorWriter writer;
  private MirrorPolicy policy;

  protected MirrorLoader() {
    // for CDI
  }

  @Inject
  public MirrorLoader(
      Suppliers suppliers,
      Products products,
      SupplierPrices prices,
      SourceAccess source,
      MirrorWriter writer,
      MirrorPolicy policy) {
    this.suppliers = suppliers;
    this.products = products;
    this.prices = prices;
    this.source = source;
    this.writer = writer;
    this.policy = policy;
  }

  public Optional<SupplierView> supplier(SupplierId id) {
    return suppliers.find(id).flatMap(this::freshOrReloaded);
  }

  public Optional<SupplierView> supplierByOdooId(long odooId) {
    Optional<Supplier> held = suppliers.findByOdooId(odooId);
    if (held.isPresent()) {
      return freshOrReloaded(held.get());
    }
    Optional<SupplierRecord> answer = source.ask(s -> s.supplier(odooId));
    return MirrorRace.converge(() -> writer.applySupplier(odooId, answer));
  }

  /** The id of the mirrored supplier of this Odoo partner, without asking Odoo. */
  public Optional<SupplierId> heldSupplierId(long odooId) {
    return suppliers.findByOdooId(odooId).map(Supplier::id);
  }

  public Optional<ProductView> product(ProductId id) {
    return products.find(id).flatMap(this::freshOrReloaded);
  }

  public Optional<ProductView> productByOdooId(long odooId) {
    Optional<Product> held = products.findByOdooId(odooId);
    if (held.isPresent()) {
      return freshOrReloaded(held.get());
    }
    return reloadProduct(odooId);
  }

  /** Asks Odoo about a product and its prices and stores the answer, suppliers first. */
  public Optional<ProductView> reloadProduct(long odooId) {
    Optional<ProductRecord> answer = source.ask(s -> s.product(odooId));
    List<SupplierPriceRecord> itsPrices =
        answer.isPresent() ? source.ask(s -> s.pricesOfProduct(odooId)) : List.of();
    mirrorSuppliersOf(itsPrices);
    return MirrorRace.converge(() -> writer.applyProduct(odooId, answer, itsPrices));
  }

  /** Fetches and mirrors the suppliers of these prices that the mirror does not hold yet. */
  public void mirrorSuppliersOf(Collection<SupplierPriceRecord> records) {
    records.stream()
        .mapToLong(SupplierPriceRecord::supplierOdooId)
        .distinct()
        .filter(odooId -> suppliers.findByOdooId(odooId).isEmpty())
        .forEach(
            odooId -> {
              Optional<SupplierRecord> answer = source.ask(s -> s.supplier(odooId));
              MirrorRace.converge(() -> writer.applySupplier(odooId, answer));
            });
  }

  private Optional<SupplierView> freshOrReloaded(Supplier held) {
    if (policy.supplierIsFresh(held.refreshedAt())) {
      return Optional.of(CatalogueViews.of(held, false));
    }
    try {
      Optional<SupplierRecord> answer = source.ask(s -> s.supplier(held.odooId()));
      return MirrorRace.converge(() -> writer.applySupplier(held.odooId(), answer));
    } catch (SupplierSourceUnavailableException odooDown) {
      return Optional.of(CatalogueViews.of(held, true));
    }
  }

  private Optional<ProductView> freshOrReloaded(Product held) {
    if (policy.productIsFresh(held.refreshedAt())) {
      return Optional.of(view(held, false));
    }
    try {
      return reloadProduct(held.odooId());
    } catch (SupplierSourceUnavailableException odooDown) {
      return Optional.of(view(held, true));
    }
  }

  private ProductView view(Product product, boolean stale) {
    return CatalogueViews.of(
        product, prices.ofProduct(product.odooId(), product.templateOdooId()), stale);
  }
}
