package net.orderbridge.supplier.application;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Lets writers of the mirror that run at the same moment converge instead of failing. A full
 * refresh, a second refresh or instance, the pull mirroring an order's vendor, a catalogue hint and
 * a cache miss may all insert the same Odoo record at once: the later insert then fails on the
 * unique Odoo id ({@code supplier_odoo_id_unique}, {@code product_odoo_id_unique}…) or, when two
 * writers wait on each other's rows, PostgreSQL ends one of them as a deadlock. The loser's
 * transaction is rolled back whole and run again: it then finds the winner's row by its Odoo id and
 * refreshes it, so the row keeps the local id it was created with.
 *
 * <p>A write given here must be a whole transaction of its own (Odoo asked before, outside it).
 */
final class MirrorRace {
  static final int ATTEMPTS = 4;
  private static final Logger LOG = Logger.getLogger(MirrorRace.class.getName());
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String DEADLOCK = "40P01";
  private static final String SERIALIZATION_FAILURE = "40001";

  private MirrorRace() {}

  /** The write's result, run again while it loses a race with another writer of the mirror. */
  static <T> T converge(Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (RuntimeException failure) {
        if (attempt >= ATTEMPTS || !lostToAnotherWriter(failure)) {
          throw failure;
        }
        int lost = attempt;
        LOG.fine(() -> "Mirror write lost a race with another writer (attempt " + lost + ")");
      }
    }
  }

  /** Whether the failure is another writer's insert of the same record, or a deadlock with it. */
  static boolean lostToAnotherWriter(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    return lostToAnotherWriter(failure, seen);
  }

  private static boolean lostToAnotherWriter(Throwable failure, Map<Throwable, Boolean> seen) {
    if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
      return false;
    }
    if (failure instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (UNIQUE_VIOLATION.equals(state)
          || DEADLOCK.equals(state)
          || SERIALIZATION_FAILURE.equals(state)
          || lostToAnotherWriter(sql.getNextException(), seen)) {
        return true;
      }
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (lostToAnotherWriter(suppressed, seen)) {
        return true;
      }
    }
    return lostToAnotherWriter(failure.getCause(), seen);
  }
}
