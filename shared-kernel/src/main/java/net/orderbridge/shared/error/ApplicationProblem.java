package net.orderbridge.shared.error;

import java.util.Objects;

/**
 * A failure a caller can act on: refused input, a missing record, an illegal transition, a moved
 * version. Domain and application code throw it (or a subclass); the REST layer turns it into
 * {@code application/problem+json} with {@link ProblemType#status()}, naming {@link #field()} when
 * one input field is to blame.
 */
public class ApplicationProblem extends RuntimeException {
  private final ProblemType type;
  private final String field;

  public ApplicationProblem(ProblemType type, String detail) {
    this(type, null, detail);
  }

  public ApplicationProblem(ProblemType type, String field, String detail) {
    super(Objects.requireNonNull(detail, "detail"));
    this.type = Objects.requireNonNull(type, "type");
    this.field = field;
  }

  public ProblemType type() {
    return type;
  }

  /** The input field at fault, as the client named it (e.g. {@code lines[2].quantity}), or null. */
  public String field() {
    return field;
  }

  public static ApplicationProblem invalid(String field, String detail) {
    return new ApplicationProblem(ProblemType.UNPROCESSABLE, field, detail);
  }

  public static ApplicationProblem notFound(String detail) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, detail);
  }

  public static ApplicationProblem conflict(String detail) {
    return new ApplicationProblem(ProblemType.CONFLICT, detail);
  }
}
