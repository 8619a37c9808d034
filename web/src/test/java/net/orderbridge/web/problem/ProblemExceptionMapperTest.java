package net.orderbridge.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

class ProblemExceptionMapperTest {
  private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

  @Test
  void applicationProblemKeepsItsStatusDetailAndField() {
    Problem problem =
        mapper.problemFor(ApplicationProblem.invalid("lines[1].quantity", "must be above zero"));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.field()).isEqualTo("lines[1].quantity");
    assertThat(problem.detail()).isEqualTo("must be above zero");
    assertThat(problem.type()).endsWith("/unprocessable");
  }

  @Test
  void wrappedApplicationProblemIsFoundInTheCauseChain() {
    Problem problem =
        mapper.problemFor(new RuntimeException("tx", ApplicationProblem.notFound("No order x")));

    assertThat(problem.status()).isEqualTo(404);
  }

  @Test
  void unreadableJsonIsABadRequest() {
    Problem problem =
        mapper.problemFor(new ProcessingException(new JsonbException("Unexpected char")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).doesNotContain("Unexpected char");
  }

  @Test
  void concurrentChangeIsAFailedPrecondition() {
    assertThat(mapper.problemFor(new OptimisticLockException("moved")).status()).isEqualTo(412);
  }

  @Test
  void unexpectedFailureHidesItsMessageBehindAReference() {
    Problem problem = mapper.problemFor(new IllegalStateException("secret internals at line 42"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.detail()).doesNotContain("secret").contains("reference");
  }
}
