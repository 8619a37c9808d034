package net.orderbridge.sync.application.pull;

import java.time.Instant;

/**
 * Orders made in Odoo that {@code sync.pull.import} left out, one entry per Odoo order: the version
 * judged (Odoo's {@code write_date} and a fingerprint of what was read, since two changes in the
 * same second share a {@code write_date}) and the mode it was judged under. Reading the same
 * version again under the same mode is not judged or counted again. A port: the adapter keeps it in
 * {@code sync.import_skip}.
 */
public interface SkippedImports {

  /** Why an order was left out. */
  enum Reason {
    /** {@code sync.pull.import=none}. */
    MODE_NONE,
    /**
     * Its partner is not a known supplier ({@code known-suppliers}), or Odoo has no such partner.
     */
    UNKNOWN_SUPPLIER,
    /** It has no partner or no currency. */
    INCOMPLETE;

    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One judged version of an Odoo order. */
  record Skip(
      long odooId,
      Instant writeDate,
      String fingerprint,
      ImportMode mode,
      Reason reason,
      Long partnerOdooId) {

    /** Whether this is the same version of the order, judged under the same mode. */
    public boolean covers(Instant otherWriteDate, String otherFingerprint, ImportMode otherMode) {
      return writeDate.equals(otherWriteDate)
          && fingerprint.equals(otherFingerprint)
          && mode == otherMode;
    }
  }

  /** What was remembered of the order, if it was left out. */
  java.util.Optional<Skip> find(long odooId);

  /** Remembers a left-out version, replacing what was remembered of the order. */
  void remember(Skip skip);

  /** Forgets the order, so that its next read is judged afresh. */
  void forget(long odooId);

  /**
   * Forgets versions older than this {@code write_date}: a poll no longer reads them, and a newer
   * change is judged afresh anyway.
   */
  int forgetOlderThan(Instant writeDate);

  /** How many orders are left out now. */
  long count();
}
