package net.orderbridge.sync.push;

import java.sql.SQLException;
import java.util.Optional;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.purchase.UnmappedRecordException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * A failed push, read once from the exception that ended it. The Odoo client already classified its
 * exceptions ({@link OdooException#errorType()}); this only adds what lies around it: a call the
 * gateway refused without sending it ({@code deferred}: open circuit, full bulkhead) costs no
 * attempt, and an unknown local error counts as transient so that it ends in a dead letter after
 * the retries rather than at once.
 *
 * @param deferred true when nothing was sent: keep the messages pending, count no attempt
 */
public record PushFailure(ErrorType type, boolean deferred, boolean circuitOpen, String message) {

  public static PushFailure of(Throwable failure) {
    String message = describe(failure);
    if (failure instanceof CircuitBreakerOpenException) {
      return new PushFailure(ErrorType.TRANSIENT, true, true, message);
    }
    if (failure instanceof BulkheadException) {
      return new PushFailure(ErrorType.TRANSIENT, true, false, message);
    }
    if (failure instanceof OdooException odoo) {
      return new PushFailure(odoo.errorType(), false, false, message);
    }
    if (failure instanceof UnmappedRecordException) {
      return new PushFailure(ErrorType.BUSINESS, false, false, message);
    }
    if (failure instanceof FaultToleranceException
        || failure instanceof SupplierSourceUnavailableException) {
      return new PushFailure(ErrorType.TRANSIENT, false, false, message);
    }
    return new PushFailure(ErrorType.TRANSIENT, false, false, message);
  }

  /**
   * A push Odoo took (or may have taken) that could not be recorded here: the binding, the outbox
   * messages and the order's sync state did not commit. Read from the database's error:
   *
   * <ul>
   *   <li>an integrity violation ({@code 23…}: the Odoo id is already bound to another order, say
   *       {@code order_binding_odoo_id_key}) comes back the same on every attempt, so it is {@code
   *       PERMANENT}: a dead letter at once, with the database's words for the clash;
   *   <li>a lost connection ({@code 08…}), a serialization failure or deadlock ({@code 40…}) or a
   *       database shutting down ({@code 57P…}) may pass: {@code TRANSIENT}, retried with backoff
   *       like any transient failure (the retry finds the order by its key in Odoo, nothing is sent
   *       twice) and dead-lettered after the attempts run out;
   *   <li>anything else is a defect of ours that a retry repeats: {@code PERMANENT}.
   * </ul>
   */
  public static PushFailure ofSettling(Throwable failure) {
    Optional<SQLException> database = sqlCause(failure);
    String state = database.map(SQLException::getSQLState).orElse("");
    String why = database.<Throwable>map(e -> e).orElse(failure).getMessage();
    if (state.startsWith("23")) {
      return new PushFailure(
          ErrorType.PERMANENT,
          false,
          false,
          "Odoo has the order, but its binding clashes with another order's here (" + why + ")");
    }
    if (state.startsWith("08") || state.startsWith("40") || state.startsWith("57P")) {
      return new PushFailure(
          ErrorType.TRANSIENT,
          false,
          false,
          "Odoo has the order, but recording it here failed (database: " + why + ")");
    }
    return new PushFailure(
        ErrorType.PERMANENT,
        false,
        false,
        "Odoo has the order, but settling it here failed: " + describe(failure));
  }

  private static Optional<SQLException> sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  /** Whether the messages must wait for an operator now, without further retries. */
  public boolean endsRetries(int attemptsSoFar, int maxAttempts) {
    return type != ErrorType.TRANSIENT || (!deferred && attemptsSoFar + 1 >= maxAttempts);
  }

  private static String describe(Throwable failure) {
    String text = failure.getMessage() == null ? "" : failure.getMessage();
    String name = failure.getClass().getSimpleName();
    return text.isBlank() ? name : name + ": " + text;
  }
}
