package net.orderbridge.shared.event;

/**
 * An order's standing with Odoo, as the sync context reports it and the order's context shows it.
 */
public enum SyncStatus {
  /** Waiting for its first push, or for a push of a newer change. */
  PENDING,
  /** In step with Odoo. */
  SYNCED,
  /** The last push failed in a way a retry can mend; it will be tried again. */
  RETRYING,
  /** Not sent this time (circuit open, or Odoo is another database); nothing was counted. */
  DEFERRED,
  /** Retries are spent or Odoo refused it for good: a dead letter an operator acts on. */
  FAILED,
  /** Parked: Odoo changed the same fields; a person chooses. */
  CONFLICT,
  /** Odoo no longer has the order bound to it. */
  DELETED_IN_ODOO
}
