package net.orderbridge.sync.pull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * The last version of each Odoo order that the pull judged, and what it made of it. A version is
 * Odoo's {@code write_date} and the {@linkplain RemoteOrder#fingerprint() fingerprint} of what was
 * read: two changes in the same second share a {@code write_date}, never a fingerprint.
 *
 * <p>Every poll reads the overlap window again, and webhooks repeat themselves; a version judged
 * already is passed by without a transaction: a bound order has nothing new to give, and an order
 * the import left out stays out while the import mode is the same. A port: the adapter keeps it in
 * {@code sync.pulled_version}.
 */
public interface PulledVersions {

  /** Why an order made in Odoo was left out of the import. */
  enum SkipReason {
    /** {@code sync.pull.import=none}. */
    MODE_NONE,
    /**
     * Its partner is not a known supplier ({@code known-suppliers}), or Odoo has no such partner.
     */
    UNKNOWN_SUPPLIER,
    /** It has no partner or no currency. */
    INCOMPLETE,
    /** A line's product is one the catalogue does not know, even after asking Odoo. */
    UNKNOWN_PRODUCT;

    /** As the metric's {@code reason} tag shows it. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One judged version: {@code skipReason} and {@code mode} are set when the import left it out.
   */
  record Version(
      long odooId,
      Instant writeDate,
      String fingerprint,
      PullOneOrder.Outcome outcome,
      SkipReason skipReason,
      ImportMode mode,
      Long partnerOdooId) {

    static Version judged(RemoteOrder order, PullOneOrder.Outcome outcome) {
      return new Version(
          order.odooId(), order.writeDate(), order.fingerprint(), outcome, null, null, null);
    }

    static Version leftOut(RemoteOrder order, SkipReason reason, ImportMode mode) {
      return new Version(
          order.odooId(),
          order.writeDate(),
          order.fingerprint(),
          PullOneOrder.Outcome.SKIPPED,
          reason,
          mode,
          order.partnerId());
    }

    /** Whether this is the version read now, and judging it again could not come out otherwise. */
    public boolean covers(RemoteOrder order, ImportMode current) {
      return writeDate.equals(order.writeDate())
          && fingerprint.equals(order.fingerprint())
          && (skipReason == null || mode == current);
    }
  }

  /** What is remembered of these orders, by Odoo id. */
  Map<Long, Version> find(Collection<Long> odooIds);

  /** Remembers a judged version, replacing what was remembered of the order. */
  void remember(Version version);

  /** {@link #remember} of many versions in one statement. */
  void rememberAll(List<Version> versions);

  /** Forgets the order, so that its next read is judged afresh. */
  void forget(long odooId);

  /**
   * Forgets versions older than this {@code write_date}: a poll no longer reads them, and a newer
   * change is judged afresh anyway.
   */
  int forgetOlderThan(Instant writeDate);

  /** How many orders made in Odoo the import leaves out now. */
  long countLeftOut();
}
