package net.orderbridge.sync.application.push;

import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.sync.application.odoo.ErrorType;
import net.orderbridge.sync.application.odoo.OdooException;
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
