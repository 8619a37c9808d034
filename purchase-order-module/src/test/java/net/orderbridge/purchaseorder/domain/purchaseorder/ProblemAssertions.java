package net.orderbridge.purchaseorder.domain.purchaseorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that an action is refused with a given problem type (and field). */
final class ProblemAssertions {

  private ProblemAssertions() {}

  static ApplicationProblem refused(ThrowingCallable action, ProblemType type) {
    ApplicationProblem problem = catchThrowableOfType(ApplicationProblem.class, action);
    assertThat(problem).as("expected a %s problem", type).isNotNull();
    assertThat(problem.type()).isEqualTo(type);
    return problem;
  }

  static void conflict(ThrowingCallable action) {
    refused(action, ProblemType.CONFLICT);
  }

  static void invalid(ThrowingCallable action, String field) {
    assertThat(refused(action, ProblemType.UNPROCESSABLE).field()).isEqualTo(field);
  }
}
