package net.orderbridge.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * The one place where exceptions become HTTP answers: every error leaves as {@code
 * application/problem+json}, never as a stack trace. Unexpected failures are logged with a
 * reference the client also receives.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(thrown).toResponse();
  }

  Problem problemFor(Throwable thrown) {
    if (causeOfType(thrown, RequestSizeLimit.TooLarge.class) != null) {
      return RequestSizeLimit.tooLarge();
    }
    ApplicationProblem application = causeOfType(thrown, ApplicationProblem.class);
    if (application != null) {
      ProblemType type = application.type();
      return Problem.of(
          type.slug(), type.title(), type.status(), application.getMessage(), application.field());
    }
    ConstraintViolationException invalid = causeOfType(thrown, ConstraintViolationException.class);
    if (invalid != null) {
      ConstraintViolation<?> first = invalid.getConstraintViolations().iterator().next();
      return Problem.of(
          "unprocessable",
          "Request cannot be processed",
          422,
          first.getMessage(),
          fieldOf(first.getPropertyPath()));
    }
    if (causeOfType(thrown, OptimisticLockException.class) != null) {
      return Problem.of(
          "precondition-failed",
          "Precondition failed",
          412,
          "The resource was changed by someone else; read it again and retry.",
          null);
    }
    if (causeOfType(thrown, JsonbException.class) != null) {
      return Problem.of(
          "invalid-input",
          "Invalid input",
          400,
          "The request body is not valid JSON for this resource.",
          null);
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 400 && web.getCause() != null) {
        return Problem.of(
            "invalid-input", "Invalid input", 400, "The request body cannot be read.", null);
      }
      Response.StatusType statusType = Response.Status.fromStatusCode(status);
      String reason = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
      return Problem.of("http-" + status, reason, status, reason, null);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, thrown);
    return Problem.of(
        "internal",
        "Internal error",
        500,
        "The server failed unexpectedly; quote reference " + reference + " to the operators.",
        null);
  }

  private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * The path as the client wrote it ({@code lines[1].quantity}), without the method and parameter
   * nodes.
   */
  private static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
    }
    return field.isEmpty() ? null : field.toString();
  }
}
