package net.orderbridge.shared.error;

/**
 * What went wrong, in the vocabulary every module shares. Each kind has the HTTP status the REST
 * layer answers with and a stable slug that becomes the {@code type} URI of an RFC 9457 problem
 * document.
 */
public enum ProblemType {
  INVALID_INPUT(400, "invalid-input", "Invalid input"),
  UNAUTHENTICATED(401, "unauthenticated", "Unauthorized"),
  FORBIDDEN(403, "forbidden", "Forbidden"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
  UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
  NOT_FOUND(404, "not-found", "Not found"),
  CONFLICT(409, "conflict", "Conflict with the current state"),
  PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
  PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
  UNAVAILABLE(503, "unavailable", "Service unavailable");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }
}
