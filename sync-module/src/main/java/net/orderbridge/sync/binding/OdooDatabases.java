package net.orderbridge.sync.binding;

import java.time.Instant;
import java.util.Optional;
import net.orderbridge.sync.odoo.identity.OdooDatabase;

/**
 * The Odoo database the bindings were made against, kept with the bindings (one record shared by
 * every instance), and what was found instead while it no longer answers.
 */
public interface OdooDatabases {

  /**
   * @param database the database the bindings belong to
   * @param mismatch why push and pull stopped, in plain words; null while in step
   * @param found the database that answers instead, while mismatched
   */
  record Recorded(
      OdooDatabase database, String mismatch, OdooDatabase found, Instant mismatchSince) {
    public boolean inStep() {
      return mismatch == null;
    }
  }

  Optional<Recorded> recorded();

  /** Records the database the bindings belong to (first contact, a renamed URL): in step. */
  void record(OdooDatabase database);

  /** Records that another database answers: push and pull stop on every instance. */
  void mismatch(OdooDatabase found, String why);

  /**
   * An operator's way out of a mismatch, in one transaction: every binding goes back to its key
   * alone (the next push looks each order up by key in {@code now} and adopts or creates it), the
   * pull starts over, every bound order is queued for a push, {@code now} becomes the recorded
   * database, and the decision is written to the audit. Returns how many orders were queued.
   */
  int rebindByKey(OdooDatabase now, String by);

  /**
   * The other way out: every binding and key is forgotten, so every order is created afresh in
   * {@code now} (without a lookup: use it only when {@code now} holds none of our orders); audited
   * like {@link #rebindByKey}. Returns how many orders were queued.
   */
  int forgetBindings(OdooDatabase now, String by);
}
