package net.orderbridge.sync.odoo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OdooDatabaseTest {
  private static final String CREATED = "2026-12-04 10:00:00";

  @Test
  void aNewUrlOrNameForTheSameDatabaseIsTheSameDatabase() {
    OdooDatabase before = new OdooDatabase("http://odoo:8069", "prod", "uuid-1", CREATED);
    OdooDatabase renamed = new OdooDatabase("https://erp.example.com", "prod2", "uuid-1", CREATED);

    assertThat(renamed.sameDatabaseAs(before)).isTrue();
  }

  @Test
  void anotherUuidBehindTheSameUrlIsAnotherDatabaseEvenCreatedInTheSameSecond() {
    OdooDatabase before = new OdooDatabase("http://odoo:8069", "odoo", "uuid-1", CREATED);
    OdooDatabase fresh = new OdooDatabase("http://odoo:8069", "odoo", "uuid-2", CREATED);

    assertThat(fresh.sameDatabaseAs(before)).isFalse();
  }

  @Test
  void withoutTheUuidTheCompanysCreationStampDecides() {
    OdooDatabase before = new OdooDatabase("http://odoo:8069", "odoo", null, CREATED);

    assertThat(
            new OdooDatabase("http://odoo:8069", "odoo", "uuid-2", CREATED).sameDatabaseAs(before))
        .isTrue();
    assertThat(
            new OdooDatabase("http://odoo:8069", "odoo", null, "2026-12-05 09:00:00")
                .sameDatabaseAs(before))
        .isFalse();
  }
}
