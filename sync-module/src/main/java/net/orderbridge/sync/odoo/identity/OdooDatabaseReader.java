package net.orderbridge.sync.odoo.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.odoo.OdooAccessDeniedException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.odoo.OdooRecord;
import net.orderbridge.sync.odoo.OdooSettings;

/**
 * Reads which Odoo database answers: the configured URL and database name, {@code database.uuid}
 * from {@code ir.config_parameter} (readable by Administration / Settings only: any other user gets
 * an access error, fault 4 or HTTP 403, and the uuid stays unknown) and the {@code create_date} of
 * the main company, {@code res.company} 1, which every internal user may read. Two calls (one once
 * the uuid was refused).
 */
@ApplicationScoped
public class OdooDatabaseReader implements OdooDatabaseProbe {
  private final OdooClient odoo;
  private final OdooSettings config;

  @Inject
  public OdooDatabaseReader(OdooClient odoo, OdooSettings config) {
    this.odoo = odoo;
    this.config = config;
  }

  /** For CDI's client proxy. */
  protected OdooDatabaseReader() {
    this(null, null);
  }

  /**
   * Set once Odoo refused the uuid: it is not asked again until a restart, so that a refusal on
   * every push batch does not count towards opening the gateway's circuit.
   */
  private volatile boolean uuidRefused;

  @Override
  public OdooDatabase current() {
    OdooConnectionSettings settings = config.current();
    return new OdooDatabase(
        settings.url().toString(), settings.db(), databaseUuid(), companyCreated());
  }

  private String databaseUuid() {
    if (uuidRefused) {
      return null;
    }
    try {
      List<Map<String, Object>> found =
          odoo.searchRead(
              "ir.config_parameter",
              List.of(List.of("key", "=", "database.uuid")),
              List.of("value"),
              0,
              1,
              null,
              null);
      return found.isEmpty() ? null : new OdooRecord(found.get(0)).text("value");
    } catch (OdooAccessDeniedException notAnAdministrator) {
      uuidRefused = true;
      return null;
    }
  }

  private String companyCreated() {
    List<Map<String, Object>> company =
        odoo.read("res.company", List.of(1L), List.of("create_date"), null);
    return company.isEmpty() ? null : new OdooRecord(company.get(0)).text("create_date");
  }
}
