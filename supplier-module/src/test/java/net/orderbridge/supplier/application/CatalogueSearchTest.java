package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.domain.Page;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.supplier.api.ProductView;
import net.orderbridge.supplier.api.SupplierView;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.product.Products;
import net.orderbridge.supplier.fixture.FakeOdoo;
import net.orderbridge.supplier.fixture.MirrorFakes;
import net.orderbridge.supplier.fixture.MutableClock;
import org.junit.jupiter.api.Test;

/** Searches read the mirror only: trimmed, bounded queries, results with their prices. */
class CatalogueSearchTest {
  private static final long WOOD_CORNER = 8;
  private static final long AZURE = 15;
  private static final PageRequest PAGE = PageRequest.first(20);

  private final MirrorFakes mirror = new MirrorFakes();
  private final FakeOdoo odoo = new FakeOdoo();
  private final OfferingProducts products = new OfferingProducts(mirror);
  private final SearchSuppliers suppliers = new SearchSuppliers(mirror.suppliers);
  private final SearchProducts search =
      new SearchProducts(products, mirror.prices, mirror.suppliers);

  CatalogueSearchTest() {
    odoo.suppliers.add(FakeOdoo.vendor(WOOD_CORNER, "Wood Corner"));
    odoo.suppliers.add(FakeOdoo.vendor(AZURE, "Azure Interior"));
    odoo.products.add(FakeOdoo.product(23, "Large Desk"));
    odoo.products.add(FakeOdoo.product(24, "Office Chair"));
    odoo.prices.add(FakeOdoo.price(6, WOOD_CORNER, 23, "1", "1299.0"));
    MirrorPolicy policy =
        new MirrorPolicy(Duration.ofHours(1), Duration.ofHours(1), new MutableClock());
    new FullMirrorRefresh(mirror.suppliers, mirror.products, mirror.prices, policy, mirror.audit)
        .replaceAll(odoo.suppliers, odoo.products, odoo.prices);
  }

  @Test
  void suppliersAreFoundByTheTrimmedQueryAndNotMarkedStale() {
    Page<SupplierView> found = suppliers.search("  Wood ", PAGE);

    assertThat(found.items())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("Wood Corner");
              assertThat(s.stale()).isFalse();
            });
    assertThat(suppliers.search(null, PAGE).items()).hasSize(2);
    assertThat(odoo.calls).hasValue(0);
  }

  @Test
  void aQueryOverOneHundredCharactersIsRefusedNamingTheField() {
    String tooLong = "x".repeat(SearchText.MAX_LENGTH + 1);

    assertThatThrownBy(() -> suppliers.search(tooLong, PAGE))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("query"));
    assertThatThrownBy(() -> search.search(tooLong, PAGE)).isInstanceOf(ApplicationProblem.class);
    assertThat(suppliers.search(" " + "x".repeat(SearchText.MAX_LENGTH) + " ", PAGE).items())
        .isEmpty();
  }

  @Test
  void productsAreFoundWithTheirPrices() {
    Page<ProductView> found = search.search("Desk ", PAGE);

    assertThat(found.items())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.odooId()).isEqualTo(23);
              assertThat(p.prices()).hasSize(1);
            });
  }

  @Test
  void theProductsASupplierOffersAreListedWithTheirPrices() {
    SupplierId woodCorner = mirror.suppliers.findByOdooId(WOOD_CORNER).orElseThrow().id();
    SupplierId azure = mirror.suppliers.findByOdooId(AZURE).orElseThrow().id();

    assertThat(search.offeredBy(woodCorner, PAGE).items())
        .singleElement()
        .satisfies(p -> assertThat(p.offeredBy(woodCorner)).isTrue());
    assertThat(search.offeredBy(azure, PAGE).items()).isEmpty();
  }

  @Test
  void theOfferOfAnUnknownSupplierIsNotFound() {
    assertThatThrownBy(() -> search.offeredBy(SupplierId.random(), PAGE))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.NOT_FOUND));
  }

  /** The mirror's products, offered by the suppliers with a price that applies to them. */
  private static final class OfferingProducts implements Products {
    private final MirrorFakes mirror;

    OfferingProducts(MirrorFakes mirror) {
      this.mirror = mirror;
    }

    public Optional<Product> find(ProductId id) {
      return mirror.products.find(id);
    }

    public Optional<Product> findByOdooId(long odooId) {
      return mirror.products.findByOdooId(odooId);
    }

    public List<Product> ofTemplate(long templateOdooId) {
      return mirror.products.ofTemplate(templateOdooId);
    }

    public List<Product> all() {
      return mirror.products.all();
    }

    public void add(Product product) {
      mirror.products.add(product);
    }

    public Page<Product> search(String query, PageRequest page) {
      return mirror.products.search(query, page);
    }

    public Page<Product> offeredBy(SupplierId supplier, PageRequest page) {
      List<SupplierPrice> offers = mirror.prices.ofSupplier(supplier);
      List<Product> offered =
          mirror.products.all().stream()
              .filter(
                  p ->
                      offers.stream()
                          .anyMatch(
                              o -> o.isActive() && o.appliesTo(p.odooId(), p.templateOdooId())))
              .toList();
      return new Page<>(offered, offered.size(), page);
    }
  }
}
