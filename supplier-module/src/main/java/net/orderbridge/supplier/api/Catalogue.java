package net.orderbridge.supplier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.supplier.application.CacheEntry;
import net.orderbridge.supplier.application.CatalogueCache;
import net.orderbridge.supplier.application.MirrorLoader;

/**
 * The supplier catalogue as other contexts read it: suppliers, products and supplier prices
 * mirrored from Odoo, behind the cache hierarchy (in-process, Redis when configured, the PostgreSQL
 * mirror, then Odoo through {@link SupplierSource}).
 *
 * <p>Views may be stale when Odoo can't be reached: they say so and carry {@code refreshedAt}.
 * Lookups by Odoo id of records the mirror does not hold yet ask Odoo and throw {@link
 * SupplierSourceUnavailableException} when it can't be reached. Mirror writes on a cache miss
 * commit on their own, independent of the caller's transaction.
 */
@ApplicationScoped
public class Catalogue {
  private CatalogueCache cache;
  private MirrorLoader loader;

  protected Catalogue() {
    // for CDI
  }

  @Inject
  public Catalogue(CatalogueCache cache, MirrorLoader loader) {
    this.cache = cache;
    this.loader = loader;
  }

  public Optional<SupplierView> supplier(SupplierId id) {
    Objects.requireNonNull(id, "id");
    return cache.get(CacheEntry.supplier(id), () -> loader.supplier(id));
  }

  public Optional<ProductView> product(ProductId id) {
    Objects.requireNonNull(id, "id");
    return cache.get(CacheEntry.product(id), () -> loader.product(id));
  }

  /**
   * The supplier's unit price for the quantity, in its price list's currency; empty when it lists
   * none for that quantity. See {@link ProductView#priceFor}.
   */
  public Optional<Money> price(SupplierId supplier, ProductId product, Quantity quantity) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(quantity, "quantity");
    return product(product).flatMap(view -> view.priceFor(supplier, quantity));
  }

  public Optional<Long> odooIdOf(SupplierId id) {
    return supplier(id).map(SupplierView::odooId);
  }

  public Optional<Long> odooIdOf(ProductId id) {
    return product(id).map(ProductView::odooId);
  }

  /** The local id of an Odoo partner, mirroring it first when the mirror does not hold it. */
  public Optional<SupplierId> supplierByOdooId(long odooId) {
    return cache.get(
        CacheEntry.supplierIdOf(odooId),
        () -> loader.supplierByOdooId(odooId).map(SupplierView::id));
  }

  /**
   * The local id of an Odoo partner the mirror already holds (active or archived); never asks Odoo,
   * so an empty answer means the partner is not known here yet.
   */
  public Optional<SupplierId> knownSupplierByOdooId(long odooId) {
    return cache.get(CacheEntry.supplierIdOf(odooId), () -> loader.heldSupplierId(odooId));
  }

  /** The local id of an Odoo product variant, mirroring it first when the mirror lacks it. */
  public Optional<ProductId> productByOdooId(long odooId) {
    return cache.get(
        CacheEntry.productIdOf(odooId), () -> loader.productByOdooId(odooId).map(ProductView::id));
  }
}
