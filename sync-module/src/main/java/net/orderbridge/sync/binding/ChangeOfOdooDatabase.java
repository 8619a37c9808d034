package net.orderbridge.sync.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import net.orderbridge.sync.odoo.identity.OdooDatabase;
import net.orderbridge.sync.odoo.identity.OdooDatabaseProbe;

/**
 * An operator's answer to a changed Odoo database: re-bind every order by its key, or forget the
 * bindings and push every order afresh. Both are audited ({@code sync.odoo_database_decision} and
 * the log) and take the database answering now as the one the bindings belong to.
 */
@ApplicationScoped
public class ChangeOfOdooDatabase {
  private static final Logger LOG = Logger.getLogger(ChangeOfOdooDatabase.class.getName());

  private final OdooDatabaseProbe odoo;
  private final OdooDatabases databases;

  @Inject
  public ChangeOfOdooDatabase(OdooDatabaseProbe odoo, OdooDatabases databases) {
    this.odoo = odoo;
    this.databases = databases;
  }

  /** For CDI's client proxy. */
  protected ChangeOfOdooDatabase() {
    this(null, null);
  }

  /** What the decision did. */
  public record Decision(String decision, String database, int ordersQueued, String by) {}

  public Decision rebindByKey(String by) {
    OdooDatabase now = odoo.current();
    int queued = databases.rebindByKey(now, by);
    LOG.warning(() -> by + " re-bound " + queued + " orders by key to the Odoo " + now.describe());
    return new Decision("REBIND", now.describe(), queued, by);
  }

  public Decision forgetBindings(String by) {
    OdooDatabase now = odoo.current();
    int queued = databases.forgetBindings(now, by);
    LOG.warning(
        () ->
            by
                + " forgot the bindings; "
                + queued
                + " orders are pushed afresh to the Odoo "
                + now.describe());
    return new Decision("FORGET", now.describe(), queued, by);
  }
}
