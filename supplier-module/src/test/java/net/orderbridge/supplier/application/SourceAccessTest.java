package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.orderbridge.supplier.api.SupplierSource;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.supplier.fixture.FakeOdoo;
import org.junit.jupiter.api.Test;

/** Without a deployed source every question fails as Odoo being unavailable, never otherwise. */
class SourceAccessTest {

  @Test
  void withoutADeployedSourceEveryQuestionIsUnavailable() {
    SourceAccess none = new SourceAccess(null);

    assertThatThrownBy(() -> none.ask(SupplierSource::suppliers))
        .isInstanceOf(SupplierSourceUnavailableException.class)
        .hasMessageContaining("no SupplierSource is deployed");
  }

  @Test
  void aGivenSourceIsAsked() {
    FakeOdoo odoo = new FakeOdoo();
    odoo.suppliers.add(FakeOdoo.vendor(8, "Wood Corner"));

    assertThat(SourceAccess.of(odoo).ask(SupplierSource::suppliers)).hasSize(1);
    assertThat(odoo.calls).hasValue(1);
  }
}
