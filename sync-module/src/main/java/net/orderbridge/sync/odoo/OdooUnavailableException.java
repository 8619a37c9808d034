package net.orderbridge.sync.odoo;

/**
 * Odoo could not be reached or answered that it is busy or down ({@link ErrorType#TRANSIENT}).
 * {@link #outcome()} tells a retrying caller whether it must first reconcile: Odoo has no
 * idempotency key, so after an {@link Outcome#UNKNOWN} create the order may already exist.
 */
public class OdooUnavailableException extends OdooException {

  /** What we know about the effect of the failed call on Odoo's database. */
  public enum Outcome {
    /** The request never left (connection refused, connect timeout, unknown host). */
    NOT_SENT,
    /** Odoo received the request but rolled it back or refused it (429, serialization failure). */
    NOT_APPLIED,
    /** The request may have been executed and committed (read timeout, reset, 502, 504). */
    UNKNOWN
  }

  private final Outcome outcome;

  public OdooUnavailableException(
      Outcome outcome, String remoteName, String message, Throwable cause) {
    super(ErrorType.TRANSIENT, remoteName, message + " [outcome " + outcome + "]", cause);
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }

  public boolean outcomeUnknown() {
    return outcome == Outcome.UNKNOWN;
  }
}
