package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.api.OrderAudit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.odoo.ErrorType;

/**
 * The operator's dead letters: listing them, and putting one or all (of one error type) back in
 * line for the push. Each order whose dead letter goes back in line gets a {@value #RETRIED} entry
 * in its audit trail naming the operator.
 */
@ApplicationScoped
public class DeadLetters {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final String RETRIED = "DEAD_LETTER_RETRIED";

  private final Outbox outbox;
  private final Event<DeadLettersRetried> retried;
  private final OrderAudit audit;

  @Inject
  public DeadLetters(Outbox outbox, Event<DeadLettersRetried> retried, OrderAudit audit) {
    this.outbox = outbox;
    this.retried = retried;
    this.audit = audit;
  }

  /** For CDI's client proxy. */
  protected DeadLetters() {
    this(null, null, null);
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
    List<UUID> revived = outbox.reviveAll(Optional.ofNullable(errorType));
    if (!revived.isEmpty()) {
      audit.note(
          revived,
          RETRIED,
          errorType == null
              ? "every dead letter put back in line"
              : "the dead letters of error type " + errorType + " put back in line");
      retried.fire(new DeadLettersRetried(errorType, revived.size()));
    }
    return revived.size();
  }

  /**
   * Puts one dead letter back in line.
   *
   * @throws ApplicationProblem when there is no dead letter with this id
   */
  public void retry(long id) {
    UUID orderId =
        outbox.revive(id).orElseThrow(() -> ApplicationProblem.notFound("No dead letter " + id));
    audit.note(List.of(orderId), RETRIED, "dead letter " + id + " put back in line");
  }
}
