package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.push.PushSwitch;

/**
 * The info alerts {@code push-stopped} and {@code push-started}, read from the push switch: each
 * turn of it is one event (its time is the occurrence), whichever instance sees it first. Turns
 * older than {@code sync.alert.recent} are history, not news, and the switch as the migration
 * created it (nobody turned it) is no event.
 */
@ApplicationScoped
public class MaintenanceEvents {
  static final String PUSH_STOPPED = "push-stopped";
  static final String PUSH_STARTED = "push-started";

  private final PushSwitch pushSwitch;
  private final AlertSettings settings;

  @Inject
  public MaintenanceEvents(PushSwitch pushSwitch, AlertSettings settings) {
    this.pushSwitch = pushSwitch;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected MaintenanceEvents() {
    this(null, null);
  }

  /** The last turn of the switch as an event, when it is recent. */
  public Optional<Observation> pushSwitched(Instant now) {
    PushSwitch.Standing standing = pushSwitch.standing();
    // never turned by anyone: the row the migration wrote, not an event
    if (standing.changedBy() == null
        || standing.changedAt() == null
        || standing.changedAt().isBefore(now.minus(settings.recent()))) {
      return Optional.empty();
    }
    String by = standing.changedBy();
    return Optional.of(
        Observation.holds(
            standing.enabled() ? PUSH_STARTED : PUSH_STOPPED,
            AlertLevel.INFO,
            Duration.ZERO,
            "Automatic push " + (standing.enabled() ? "started" : "stopped") + " by " + by,
            Map.of("by", by, "at", standing.changedAt().toString())));
  }
}
