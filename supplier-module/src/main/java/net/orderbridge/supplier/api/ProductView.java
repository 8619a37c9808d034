package net.orderbridge.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;

/**
 * A product variant as the catalogue knows it, with every supplier price that applies to it.
 *
 * @param name the template's name
 * @param defaultCode Odoo's internal reference; null when none
 * @param uom the product's unit of measure
 * @param standardPrice cost in the company currency (Odoo does not name it on the product)
 * @param listPrice sales price in the company currency
 * @param refreshedAt when the mirror last heard from Odoo about it
 * @param stale true when {@code refreshedAt} is older than the mirror's time to live and Odoo could
 *     not be reached to refresh it
 */
public record ProductView(
    ProductId id,
    long odooId,
    String name,
    String defaultCode,
    String uom,
    BigDecimal standardPrice,
    BigDecimal listPrice,
    boolean purchasable,
    boolean active,
    List<SupplierPriceView> prices,
    Instant refreshedAt,
    boolean stale) {

  private static final Comparator<SupplierPriceView> BEST =
      Comparator.comparing(SupplierPriceView::minQuantity)
          .reversed()
          .thenComparing(p -> p.price().amount())
          .thenComparingLong(SupplierPriceView::odooId);

  public ProductView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    prices = List.copyOf(Objects.requireNonNull(prices, "prices"));
    Objects.requireNonNull(refreshedAt, "refreshedAt");
  }

  /**
   * The supplier's unit price for the quantity: of its active lines, the one with the highest
   * minimum quantity not above {@code quantity} (the cheapest on a tie), in that line's currency.
   * As in Odoo's seller selection, the minimum is compared in the line's unit without conversion;
   * validity dates are not mirrored.
   */
  public Optional<Money> priceFor(SupplierId supplier, Quantity quantity) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(quantity, "quantity");
    return prices.stream()
        .filter(p -> p.active() && p.supplier().equals(supplier))
        .filter(p -> p.minQuantity().compareTo(quantity) <= 0)
        .min(BEST)
        .map(SupplierPriceView::price);
  }

  /** Whether the supplier has any active price for this product. */
  public boolean offeredBy(SupplierId supplier) {
    return prices.stream().anyMatch(p -> p.active() && p.supplier().equals(supplier));
  }
}
