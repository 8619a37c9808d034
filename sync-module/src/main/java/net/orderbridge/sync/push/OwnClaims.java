package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import net.orderbridge.sync.instance.InstanceIdentity;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.persistence.Sql;
import org.eclipse.microprofile.config.Config;

/**
 * Releases the outbox claims this instance ({@link InstanceIdentity}) held before it started, once
 * per start and before its first claim. A server killed in the middle of a batch leaves its claims
 * leased for {@code sync.push.lease} (5 minutes); it is the only one that can know they are
 * orphans, because nobody else may assume it is dead.
 *
 * <p><b>Released, not dropped.</b> The claims become free {@code sync.push.recovery-grace} from now
 * (default: {@code ODOO_READ_TIMEOUT}, 130 s), or at their lease's end when that comes first. Odoo
 * goes on with a request whose client has gone and commits it: a {@code create} the dead process
 * sent just before it died can still be running in Odoo. A retry that looked the order up by its
 * key before that commit would find nothing and create it a second time. Our read timeout already
 * exceeds Odoo's request limit ({@code limit_time_real}, that is what makes a timed-out call safe
 * to reconcile by key), and every call of the previous incarnation was sent before this start, so a
 * grace of the read timeout from now outlasts all of them. Where Odoo is known to answer faster, a
 * shorter grace gives faster recovery.
 *
 * <p><b>Once, before the first claim.</b> Releasing must never touch a claim this incarnation took
 * itself, so {@link JdbcOutbox} asks for the release before every claim and only the first request
 * does the work. If it fails (the schema is not migrated yet), the claim fails with it and the next
 * timer tick tries again.
 *
 * <p>After the release the next attempt repeats whatever the dead process may have sent, and each
 * step is safe to repeat: a create is looked up by key first, an update starts from what Odoo has
 * now (the exporter's read; a lost write shows up as a moved {@code write_date} and is merged, our
 * own values recognised as equal), lines a lost write added are adopted, buttons are pressed only
 * when Odoo's state still calls for them, and an unlink of a gone order is done.
 */
@ApplicationScoped
public class OwnClaims {
  private static final Logger LOG = Logger.getLogger(OwnClaims.class.getName());

  private final Sql sql;
  private final InstanceIdentity instance;
  private final PushSettings settings;
  private final Config config;

  @Inject
  public OwnClaims(Sql sql, InstanceIdentity instance, PushSettings settings, Config config) {
    this.sql = sql;
    this.instance = instance;
    this.settings = settings;
    this.config = config;
  }

  /** For CDI's client proxy. */
  protected OwnClaims() {
    this(null, null, null, null);
  }

  private volatile boolean released;

  /**
   * Releases this instance's claims from before its start, the first time it is asked; returns how
   * long until released claims come free.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public synchronized Duration releaseOnce() {
    Duration grace = grace();
    if (released) {
      return grace;
    }
    int count =
        sql.update(
            "update sync.outbox_message set claimed_until = now() + make_interval(secs => ?)"
                + " where claimed_by = ? and status = 'PENDING'"
                + " and claimed_until > now() + make_interval(secs => ?)",
            (double) grace.toSeconds(),
            instance.id(),
            (double) grace.toSeconds());
    released = true;
    LOG.info(
        () ->
            "Instance "
                + instance.id()
                + ": "
                + count
                + " outbox message(s) it claimed before this start are free in "
                + grace);
    return grace;
  }

  /** Whether the release is still to come (the claim path asks without locking). */
  boolean pending() {
    return !released;
  }

  Duration grace() {
    return settings.recoveryGrace().orElseGet(() -> OdooConnectionSettings.readTimeout(config));
  }
}
