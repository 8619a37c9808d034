package net.orderbridge.supplier.domain.mirror;

import java.time.Instant;

/**
 * One answer of Odoo about a record: its values, whether it is active, and its {@code write_date}.
 */
public interface OdooSnapshot {

  boolean active();

  /** Odoo's {@code write_date}, or null when Odoo gave none. */
  Instant writeDate();
}
