package net.orderbridge.sync.odoo;

import java.util.Objects;

/**
 * A failed Odoo call, already classified. Messages never contain credentials: transports redact the
 * API key or password from anything Odoo echoes back before the exception is built.
 */
public abstract class OdooException extends RuntimeException {
  private final ErrorType errorType;
  private final String remoteName;

  protected OdooException(ErrorType errorType, String remoteName, String message, Throwable cause) {
    super(message, cause);
    this.errorType = Objects.requireNonNull(errorType, "errorType");
    this.remoteName = remoteName;
  }

  public ErrorType errorType() {
    return errorType;
  }

  /**
   * The name Odoo gave the error, when it gave one: the Python exception of a traceback ({@code
   * ValueError}, {@code psycopg2.errors.SerializationFailure}), a JSON-2 {@code name} ({@code
   * odoo.exceptions.ValidationError}), or {@code fault <code>} for a plain XML-RPC fault; else
   * null.
   */
  public String remoteName() {
    return remoteName;
  }
}
