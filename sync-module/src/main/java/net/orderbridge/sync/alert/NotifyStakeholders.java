package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code notifyStakeholders}: sends the queued announcements that are due, each notifier on its
 * own. A failed send is tried again on a later tick, after a backoff that doubles from the
 * evaluation interval up to {@link #BACKOFF_CAP}, and given up after {@code
 * sync.alert.delivery.max-attempts}; it never holds back another notifier, nor the sync.
 */
@ApplicationScoped
public class NotifyStakeholders {
  private static final Logger LOG = Logger.getLogger(NotifyStakeholders.class.getName());
  static final Duration BACKOFF_CAP = Duration.ofMinutes(30);
  private static final int BATCH = 100;

  private final Alerts alerts;
  private final Notifiers notifiers;
  private final AlertSettings settings;

  @Inject
  public NotifyStakeholders(Alerts alerts, Notifiers notifiers, AlertSettings settings) {
    this.alerts = alerts;
    this.notifiers = notifiers;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected NotifyStakeholders() {
    this(null, null, null);
  }

  /** Sends what is due; returns how many got through. */
  public int deliverDue(Instant now) {
    int sent = 0;
    for (Delivery delivery : alerts.due(now, BATCH)) {
      Optional<Notifier> notifier =
          notifiers.named(delivery.notifier()).filter(Notifier::configured);
      if (notifier.isEmpty()) {
        alerts.failed(delivery.id(), "notifier not configured any more", null);
        continue;
      }
      try {
        notifier.get().send(delivery.alert(), delivery.event());
        alerts.delivered(delivery.id(), now);
        sent++;
      } catch (Exception failure) {
        int attempts = delivery.attempts() + 1;
        Instant next =
            attempts >= settings.maxDeliveryAttempts() ? null : now.plus(backoff(attempts));
        String why = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        alerts.failed(delivery.id(), why, next);
        LOG.warning(
            () ->
                "alert="
                    + delivery.alert().name()
                    + " notifier="
                    + delivery.notifier()
                    + " state="
                    + delivery.event()
                    + " delivery failed (attempt "
                    + attempts
                    + (next == null ? ", given up" : ", next at " + next)
                    + "): "
                    + why);
      }
    }
    return sent;
  }

  Duration backoff(int attempts) {
    Duration wait = settings.interval().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(BACKOFF_CAP) > 0 ? BACKOFF_CAP : wait;
  }
}
