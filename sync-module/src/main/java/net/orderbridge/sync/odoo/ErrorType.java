package net.orderbridge.sync.odoo;

/**
 * What a failed Odoo call means for the message that caused it. Decided once, where the error
 * enters (the transport), never re-guessed by callers.
 */
public enum ErrorType {
  /** Odoo could not be reached or asked us to come back: retry with backoff, then dead-letter. */
  TRANSIENT,
  /** Retrying cannot help (credentials, access rights, a request that doesn't fit the schema). */
  PERMANENT,
  /** Odoo refused the data for a business reason (validation, missing record): show the user. */
  BUSINESS
}
