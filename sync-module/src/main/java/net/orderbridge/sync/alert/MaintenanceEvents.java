package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.push.PushSwitch;
import net.orderbridge.sync.webhook.WebhookHints;

/**
 * The info alerts {@code push-stopped} / {@code push-started} and {@code webhooks-switched-off} /
 * {@code webhooks-switched-on}, read from the push switch and the realtime (webhook) switch: each
 * turn of one is one event (its time is the occurrence), whichever instance sees it first. Turns
 * older than {@code sync.alert.recent} are history, not news, and a switch as the migration created
 * it (nobody turned it) is no event.
 */
@ApplicationScoped
public class MaintenanceEvents {
  static final String PUSH_STOPPED = "push-stopped";
  static final String PUSH_STARTED = "push-started";
  static final String WEBHOOKS_OFF = "webhooks-switched-off";
  static final String WEBHOOKS_ON = "webhooks-switched-on";

  private final PushSwitch pushSwitch;
  private final WebhookHints webhooks;
  private final AlertSettings settings;

  @Inject
  public MaintenanceEvents(PushSwitch pushSwitch, WebhookHints webhooks, AlertSettings settings) {
    this.pushSwitch = pushSwitch;
    this.webhooks = webhooks;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected MaintenanceEvents() {
    this(null, null, null);
  }

  /** The last turn of the switch as an event, when it is recent. */
  public Optional<Observation> pushSwitched(Instant now) {
    PushSwitch.Standing standing = pushSwitch.standing();
    return turned(
        standing.enabled(),
        standing.changedBy(),
        standing.changedAt(),
        now,
        standing.enabled() ? PUSH_STARTED : PUSH_STOPPED,
        "Automatic push " + (standing.enabled() ? "started" : "stopped"));
  }

  /** The last turn of the realtime switch (webhooks accepted or refused) as an event. */
  public Optional<Observation> webhooksSwitched(Instant now) {
    WebhookHints.RealtimeStanding standing = webhooks.realtimeStanding();
    return turned(
        standing.enabled(),
        standing.changedBy(),
        standing.changedAt(),
        now,
        standing.enabled() ? WEBHOOKS_ON : WEBHOOKS_OFF,
        "Webhooks from Odoo switched " + (standing.enabled() ? "on" : "off"));
  }

  private Optional<Observation> turned(
      boolean enabled, String by, Instant at, Instant now, String name, String summary) {
    // never turned by anyone: the row the migration wrote, not an event
    if (by == null || at == null || at.isBefore(now.minus(settings.recent()))) {
      return Optional.empty();
    }
    return Optional.of(
        Observation.holds(
            name,
            AlertLevel.INFO,
            Duration.ZERO,
            summary + " by " + by,
            Map.of("by", by, "at", at.toString(), "enabled", String.valueOf(enabled))));
  }
}
