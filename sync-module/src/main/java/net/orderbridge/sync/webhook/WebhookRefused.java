package net.orderbridge.sync.webhook;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * A webhook turned away, with the reason the metric {@code webhook_hints_refused_total{reason}}
 * counts it under and, when the queue is full, how long the sender should wait.
 */
public class WebhookRefused extends ApplicationProblem {

  /** Why a webhook was turned away (the metric's {@code reason} tag). */
  public enum Reason {
    OFF,
    ADDRESS,
    TOKEN,
    TOO_LARGE,
    SIGNATURE,
    TIMESTAMP,
    STOPPED,
    INVALID,
    FULL;

    public String tag() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final Duration retryAfter;

  WebhookRefused(Reason reason, ProblemType type, String field, String detail) {
    this(reason, type, field, detail, null);
  }

  WebhookRefused(
      Reason reason, ProblemType type, String field, String detail, Duration retryAfter) {
    super(type, field, detail);
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** When the sender may try again ({@code Retry-After}), for a full queue. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
