package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.purchase.UnmappedRecordException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
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

  @Test
  void aFullBulkheadDefersWithoutOpeningTheCircuit() {
    PushFailure failure = PushFailure.of(new BulkheadException("full"));

    assertThat(failure.deferred()).isTrue();
    assertThat(failure.circuitOpen()).isFalse();
    assertThat(failure.type()).isEqualTo(ErrorType.TRANSIENT);
  }

  @Test
  void aTimeoutOfTheGatewayOrAnUnavailableSupplierSourceIsACountedRetry() {
    for (RuntimeException e :
        List.of(
            new TimeoutException("slow"),
            new SupplierSourceUnavailableException("supplier source down"))) {
      PushFailure failure = PushFailure.of(e);

      assertThat(failure.type()).as(e.toString()).isEqualTo(ErrorType.TRANSIENT);
      assertThat(failure.deferred()).as(e.toString()).isFalse();
    }
  }

  @Test
  void aFailureWithoutMessageIsNamedByItsClass() {
    assertThat(PushFailure.of(new IllegalStateException()).message())
        .isEqualTo("IllegalStateException");
    assertThat(PushFailure.of(new IllegalStateException("bug")).message())
        .isEqualTo("IllegalStateException: bug");
  }

  @Test
  void aSerializationFailureOrADatabaseShuttingDownWhileSettlingIsRetried() {
    for (String state : List.of("40001", "40P01", "57P01")) {
      PushFailure failure =
          PushFailure.ofSettling(
              new IllegalStateException("sync SQL failed", new SQLException("busy", state)));

      assertThat(failure.type()).as(state).isEqualTo(ErrorType.TRANSIENT);
      assertThat(failure.message()).as(state).contains("database: busy");
    }
  }

  @Test
  void aDatabaseErrorWithoutStateWhileSettlingIsADefect() {
    PushFailure failure =
        PushFailure.ofSettling(
            new IllegalStateException("sync SQL failed", new SQLException("no state")));

    assertThat(failure.type()).isEqualTo(ErrorType.PERMANENT);
    assertThat(failure.message())
        .isEqualTo(
            "Odoo has the order, but settling it here failed: IllegalStateException: sync SQL"
                + " failed");
  }

  @Test
  void theDatabaseStateIsFoundDeepInTheCauses() {
    PushFailure failure =
        PushFailure.ofSettling(
            new RuntimeException(
                "tx",
                new IllegalStateException(
                    "sync SQL failed",
                    new SQLException("wrapper", null, new SQLException("gone", "08006")))));

    assertThat(failure.type()).isEqualTo(ErrorType.TRANSIENT);
    assertThat(failure.message()).contains("database: gone");
  }
}
