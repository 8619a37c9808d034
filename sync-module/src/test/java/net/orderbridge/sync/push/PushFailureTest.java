package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.UnmappedRecordException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class PushFailureTest {

  @Test
  void transientFailuresRetryUntilTheLimit() {
    PushFailure failure =
        PushFailure.of(
            new OdooUnavailableException(
                OdooUnavailableException.Outcome.UNKNOWN, null, "reset", null));

    assertThat(failure.type()).isEqualTo(ErrorType.TRANSIENT);
    assertThat(failure.endsRetries(0, 5)).isFalse();
    assertThat(failure.endsRetries(4, 5)).isTrue();
  }

  @Test
  void businessAndPermanentFailuresEndAtOnce() {
    assertThat(PushFailure.of(new OdooRejectedException("ValidationError", "no")).endsRetries(0, 5))
        .isTrue();
    assertThat(PushFailure.of(new OdooAuthenticationException("fault 3", "denied")).type())
        .isEqualTo(ErrorType.PERMANENT);
    assertThat(PushFailure.of(new UnmappedRecordException("product x is unknown")).type())
        .isEqualTo(ErrorType.BUSINESS);
  }

  @Test
  void anOpenCircuitDefersWithoutCountingAnAttempt() {
    PushFailure failure = PushFailure.of(new CircuitBreakerOpenException("open"));

    assertThat(failure.deferred()).isTrue();
    assertThat(failure.circuitOpen()).isTrue();
    assertThat(failure.endsRetries(100, 5)).isFalse();
  }

  @Test
  void anUnknownLocalErrorIsRetried() {
    assertThat(PushFailure.of(new IllegalStateException("bug")).type())
        .isEqualTo(ErrorType.TRANSIENT);
  }
}
