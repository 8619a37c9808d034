package net.orderbridge.sync.pull;

import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Whose fault a failed pull is (a hinted order read, an order applied), and how operators read it.
 */
final class PullFailureCause {
  private PullFailureCause() {}

  /**
   * Odoo unreachable, or the gateway refusing to call it (open circuit, full bulkhead, timeout):
   * every hint and the poll would fail alike, so it is nobody's attempt.
   */
  static boolean odooOutOfReach(Throwable failed) {
    return failed instanceof OdooUnavailableException || failed instanceof FaultToleranceException;
  }

  static String describe(long odooId, Throwable failed) {
    String text = failed.getMessage() == null ? "" : failed.getMessage();
    return OdooModels.PURCHASE_ORDER
        + " "
        + odooId
        + ": "
        + failed.getClass().getSimpleName()
        + (text.isBlank() ? "" : ": " + text);
  }
}
