package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.odoo.ErrorType;

/**
 * The operator's dead letters: listing them, and putting one or all (of one error type) back in
 * line for the push.
 */
@ApplicationScoped
public class DeadLetters {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final Outbox outbox;
  private final Event<DeadLettersRetried> retried;

  @Inject
  public DeadLetters(Outbox outbox, Event<DeadLettersRetried> retried) {
    this.outbox = outbox;
    this.retried = retried;
  }

  /** For CDI's client proxy. */
  protected DeadLetters() {
    this(null, null);
  }

  /** The oldest dead letters first, at most {@code limit} (1 to 1000, default 100). */
  public List<OutboxMessage> list(Integer limit) {
    return outbox.deadLetters(
        limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  /**
   * Puts every dead letter, or those of one {@link ErrorType}, back in line; returns how many, and
   * tells who listens ({@link DeadLettersRetried}) when there were any.
   *
   * @throws ApplicationProblem when {@code errorType} names no error type
   */
  public int retryAll(String errorType) {
    if (errorType != null
        && Arrays.stream(ErrorType.values()).noneMatch(t -> t.name().equals(errorType))) {
      throw ApplicationProblem.invalid(
          "errorType", "errorType must be one of " + Arrays.toString(ErrorType.values()));
    }
    int revived = outbox.reviveAll(Optional.ofNullable(errorType));
    if (revived > 0) {
      retried.fire(new DeadLettersRetried(errorType, revived));
    }
    return revived;
  }

  /**
   * Puts one dead letter back in line.
   *
   * @throws ApplicationProblem when there is no dead letter with this id
   */
  public void retry(long id) {
    if (!outbox.revive(id)) {
      throw ApplicationProblem.notFound("No dead letter " + id);
    }
  }
}
