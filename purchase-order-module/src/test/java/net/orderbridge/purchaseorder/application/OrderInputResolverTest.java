package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderTerms;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The header's terms: without a currency the order takes that of the supplier's price for its first
 * line, as Odoo takes the vendor's; a missing planned date is today in the clock's zone.
 */
class OrderInputResolverTest {
  private static final Instant NOW = Instant.parse("2026-11-26T23:30:00Z");

  private final FakeSupplierCatalogue catalogue = new FakeSupplierCatalogue();
  private final OrderInputResolver resolver =
      new OrderInputResolver(
          catalogue, Clock.fixed(NOW, ZoneOffset.ofHours(2)), OrderInputLimits.odooDefaults());
  private final SupplierId supplier = catalogue.supplier();
  private final ProductId dogFood = catalogue.product("Dog food 10 kg");
  private final ProductId catFood = catalogue.product("Cat food 5 kg");

  @Test
  void withoutACurrencyTheOrderTakesThatOfTheFirstPricedLine() {
    catalogue.listPrice(
        supplier, dogFood, new Money(new BigDecimal("12.50"), CurrencyCode.of("CHF")));

    OrderTerms terms =
        resolver.terms(
            supplier,
            null,
            "notes",
            Arrays.asList(null, LineInput.newLine(dogFood, BigDecimal.ZERO, null, null)));

    assertThat(terms.currency()).isEqualTo(CurrencyCode.of("CHF"));
    assertThat(terms.notes()).isEqualTo("notes");
  }

  @Test
  void withoutACurrencyAndNoPriceToTakeItFromTheCallerMustNameOne() {
    assertThatThrownBy(
            () ->
                resolver.terms(
                    supplier,
                    null,
                    null,
                    List.of(LineInput.newLine(catFood, BigDecimal.ONE, BigDecimal.ONE, null))))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE);
              assertThat(p.field()).isEqualTo("currency");
            });
  }

  @Test
  void anOrderWithoutASupplierIsRefusedNamingTheField() {
    assertThatThrownBy(() -> resolver.terms(null, "EUR", null, List.of()))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("supplierId"));
  }

  @Test
  void anEmptyLineIsRefusedNamingItsProduct() {
    OrderTerms terms = resolver.terms(supplier, "EUR", null, List.of());

    assertThatThrownBy(() -> resolver.lines(terms, Arrays.asList((LineInput) null)))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("lines[0].productId"));
  }

  @Test
  void aLineWithoutAPlannedDateIsPlannedForTodayInTheClocksZone() {
    OrderTerms terms = resolver.terms(supplier, "EUR", null, List.of());

    var lines =
        resolver.lines(
            terms,
            List.of(
                LineInput.newLine(dogFood, BigDecimal.ONE, BigDecimal.TEN, null),
                LineInput.newLine(
                    catFood, BigDecimal.ONE, BigDecimal.TEN, LocalDate.parse("2026-12-24"))));

    assertThat(lines.get(0).plannedDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(lines.get(1).plannedDate()).isEqualTo(LocalDate.parse("2026-12-24"));
    assertThat(lines.get(0).description()).isEqualTo("Dog food 10 kg");
  }
}
