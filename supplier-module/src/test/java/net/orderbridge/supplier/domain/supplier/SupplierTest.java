package net.orderbridge.supplier.domain.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

class SupplierTest {
  private static final Instant T0 = Instant.parse("2026-11-26T12:11:48Z");

  private static SupplierDetails details(String name, boolean active, Instant writeDate) {
    return new SupplierDetails(name, null, null, true, 2, active, writeDate);
  }

  @Test
  void anOlderOdooSnapshotNeverOverwritesANewerOne() {
    Supplier supplier =
        Supplier.mirror(SupplierId.random(), 10, details("Gemini Furniture", true, T0), T0);

    boolean applied = supplier.refresh(details("Old name", true, T0.minusSeconds(1)), T0);

    assertThat(applied).isFalse();
    assertThat(supplier.name()).isEqualTo("Gemini Furniture");
  }

  @Test
  void aSnapshotOfTheSameSecondIsApplied() {
    Supplier supplier = Supplier.mirror(SupplierId.random(), 10, details("Gemini", true, T0), T0);

    assertThat(supplier.refresh(details("Gemini Furniture", true, T0), T0.plusSeconds(5))).isTrue();
    assertThat(supplier.name()).isEqualTo("Gemini Furniture");
    assertThat(supplier.refreshedAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void aSupplierMissingFromOdooIsKeptInactive() {
    Supplier supplier = Supplier.mirror(SupplierId.random(), 10, details("Gemini", true, T0), T0);

    supplier.markMissingFromOdoo(T0.plusSeconds(60));

    assertThat(supplier.isActive()).isFalse();
    assertThat(supplier.name()).isEqualTo("Gemini");
  }

  @Test
  void aSupplierWithoutANameIsRefused() {
    assertThatThrownBy(() -> details(" ", true, T0)).isInstanceOf(ApplicationProblem.class);
  }

  @Test
  void aSupplierIsOneRecordByItsLocalIdAndKeepsItsRank() {
    SupplierId id = SupplierId.random();
    Supplier supplier = Supplier.mirror(id, 10, details("Gemini", true, T0), T0);

    assertThat(supplier.supplierRank()).isEqualTo(2);
    assertThat(supplier).isEqualTo(Supplier.mirror(id, 11, details("Other", true, T0), T0));
    assertThat(supplier).hasSameHashCodeAs(Supplier.mirror(id, 11, details("Other", true, T0), T0));
    assertThat(supplier)
        .isNotEqualTo(Supplier.mirror(SupplierId.random(), 10, details("Gemini", true, T0), T0));
  }

  @Test
  void aNegativeSupplierRankIsRefused() {
    assertThatThrownBy(() -> new SupplierDetails("Gemini", null, null, true, -1, true, T0))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("supplierRank"));
  }

  @Test
  void aMirroredSupplierReadsAsOdooSentIt() {
    SupplierId id = SupplierId.random();
    Supplier company =
        Supplier.mirror(
            id,
            10,
            new SupplierDetails("Gemini", "sales@gemini.test", "G-1", true, 2, true, T0),
            T0);
    Supplier person =
        Supplier.mirror(
            SupplierId.random(),
            11,
            new SupplierDetails("Ann", null, null, false, 0, true, T0),
            T0);

    assertThat(company.id()).isEqualTo(id);
    assertThat(company.email()).contains("sales@gemini.test");
    assertThat(company.reference()).contains("G-1");
    assertThat(company.isCompany()).isTrue();
    assertThat(person.isCompany()).isFalse();
    assertThat(person.email()).isEmpty();
    assertThat(person.reference()).isEmpty();
  }
}
