package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every simulator database has its own {@code database.uuid}, readable by the admin only (in Odoo,
 * {@code ir.config_parameter} is for Administration/Settings), and a simulator keeping its data in
 * a file is the same database after a restart.
 */
class DatabaseIdentityTest {
  @TempDir Path dir;

  @Test
  void eachFreshDatabaseHasItsOwnUuidThatOnlyTheAdminReads() throws Exception {
    try (OdooSimulator one = simulator(null);
        OdooSimulator two = simulator(null)) {
      assertThat(uuid(one)).isNotBlank().isNotEqualTo(uuid(two));

      Rpc rpc = new Rpc(one, "admin");
      int uid =
          (Integer)
              rpc.xmlrpc(
                  "/xmlrpc/2/common",
                  "authenticate",
                  List.of("odoo", "buyer-less", "pw", Map.of()));
      assertThatThrownBy(
              () ->
                  rpc.xmlrpc(
                      "/xmlrpc/2/object",
                      "execute_kw",
                      List.of(
                          "odoo",
                          uid,
                          "pw",
                          "ir.config_parameter",
                          "search_read",
                          List.of(List.of()))))
          .isInstanceOfSatisfying(Rpc.Fault.class, f -> assertThat(f.code).isEqualTo(4))
          .hasMessageStartingWith(
              "You are not allowed to access 'System Parameter' (ir.config_parameter) records.");
    }
  }

  @Test
  void aSimulatorWithADataFileIsTheSameDatabaseAfterARestart() throws Exception {
    Path data = dir.resolve("data.bin");
    String uuid;
    int order;
    try (OdooSimulator first = simulator(data)) {
      uuid = uuid(first);
      order = first.store().create("purchase.order", Map.of("partner_id", 10, "origin", "kept"));
    }
    try (OdooSimulator again = simulator(data)) {
      assertThat(uuid(again)).isEqualTo(uuid);
      assertThat(again.store().read("purchase.order", order)).containsEntry("origin", "kept");
      assertThat(again.store().create("purchase.order", Map.of("partner_id", 10)))
          .isGreaterThan(order);
    }
  }

  private static OdooSimulator simulator(Path data) {
    return OdooSimulator.builder()
        .port(0)
        .noRightsLogin("buyer-less")
        .noRightsPassword("pw")
        .dataFile(data)
        .build()
        .start();
  }

  private static String uuid(OdooSimulator odoo) {
    return (String)
        odoo.store()
            .searchRead(
                "ir.config_parameter",
                List.of(List.of("key", "=", "database.uuid")),
                List.of("value"))
            .get(0)
            .get("value");
  }
}
