package net.orderbridge.sync.binding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.sync.binding.OdooDatabases.Recorded;
import net.orderbridge.sync.odoo.identity.OdooDatabase;
import net.orderbridge.sync.odoo.identity.OdooDatabaseProbe;

/**
 * Keeps every binding to the Odoo database it was made against. Odoo ids mean something only in the
 * database that handed them out: a restored backup, a staging copy or a fresh demo behind the same
 * URL hands out the same ids for other orders. So before every push batch and pull run (which
 * covers start-up and the return of a lost connection: nothing is written before a check) the
 * database answering is compared with the recorded one (see {@link OdooDatabase#sameDatabaseAs}).
 *
 * <p>On a mismatch nothing is written: the mismatch is recorded for every instance, push and pull
 * stop, readiness and {@code GET /api/sync/status} say why, a SEVERE log line and the metrics
 * {@code sync_odoo_database_mismatches_total} and {@code sync_odoo_database_changed} fire. It ends
 * when the recorded database answers again, or when an operator re-binds by key or forgets the
 * bindings ({@link ChangeOfOdooDatabase}).
 */
@ApplicationScoped
public class OdooDatabaseGuard {
  private static final Logger LOG = Logger.getLogger(OdooDatabaseGuard.class.getName());

  private final OdooDatabaseProbe odoo;
  private final OdooDatabases databases;
  private final OdooDatabaseMetrics metrics;

  @Inject
  public OdooDatabaseGuard(
      OdooDatabaseProbe odoo, OdooDatabases databases, OdooDatabaseMetrics metrics) {
    this.odoo = odoo;
    this.databases = databases;
    this.metrics = metrics;
  }

  /** For CDI's client proxy. */
  protected OdooDatabaseGuard() {
    this(null, null, null);
  }

  /** Throws {@link OdooDatabaseChangedException} unless the recorded database answers. */
  public void requireSameDatabase() {
    OdooDatabaseStanding standing = verify();
    if (!standing.inStep()) {
      throw new OdooDatabaseChangedException(standing.problem());
    }
  }

  /**
   * Asks Odoo which database answers and compares it with the recorded one (recording it at the
   * first contact). Throws the Odoo client's exceptions when Odoo cannot be asked.
   */
  public OdooDatabaseStanding verify() {
    OdooDatabase found = odoo.current();
    Optional<Recorded> known = databases.recorded();
    if (known.isEmpty()) {
      databases.record(found);
      LOG.info(() -> "The bindings belong to the Odoo " + found.describe());
      return standing();
    }
    Recorded recorded = known.get();
    OdooDatabase ours = recorded.database();
    if (ours.sameDatabaseAs(found)) {
      if (!recorded.inStep()) {
        LOG.warning(() -> "The Odoo the bindings belong to answers again: " + found.describe());
      }
      if (!recorded.inStep() || !found.equals(ours)) {
        databases.record(found);
      }
      return standing();
    }
    if (recorded.inStep() || !found.equals(recorded.found())) {
      String why = why(ours, found);
      databases.mismatch(found, why);
      metrics.mismatch();
      LOG.log(Level.SEVERE, why);
    }
    return standing();
  }

  /** The standing as recorded, without asking Odoo. */
  public OdooDatabaseStanding standing() {
    return databases
        .recorded()
        .map(
            r ->
                new OdooDatabaseStanding(
                    r.inStep(),
                    r.mismatch(),
                    r.database().describe(),
                    r.found() == null ? null : r.found().describe(),
                    r.mismatchSince()))
        .orElse(new OdooDatabaseStanding(true, null, null, null, null));
  }

  static String why(OdooDatabase ours, OdooDatabase found) {
    return "Push and pull are stopped: the Odoo answering now is not the one this service's orders"
        + " were synced with. They belong to the "
        + ours.describe()
        + "; now the "
        + found.describe()
        + " answers. Nothing is written to it. An operator either re-binds by key"
        + " (POST /api/sync/odoo-database/rebind: each order is looked up in the new Odoo by its key"
        + " and adopted, or created when it is not there) or forgets the bindings"
        + " (POST /api/sync/odoo-database/forget: every order is created afresh).";
  }
}
