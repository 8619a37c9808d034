package net.orderbridge.sync.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import net.orderbridge.sync.pull.SettledHintCleanup;

/**
 * Deletes hints processed or parked longer ago than {@code WEBHOOK_HINT_RETENTION}, in chunks of
 * {@value #CHUNK} per run: a processed hint has done its work, and the table would otherwise grow
 * with every notification Odoo sends.
 */
@ApplicationScoped
public class CleanWebhookHints implements SettledHintCleanup {
  static final int CHUNK = 1_000;
  private static final Logger LOG = Logger.getLogger(CleanWebhookHints.class.getName());

  private WebhookHints hints;
  private WebhookSettings settings;
  private Clock clock;

  protected CleanWebhookHints() {}

  @Inject
  public CleanWebhookHints(WebhookHints hints, WebhookSettings settings, Clock clock) {
    this.hints = hints;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public int deleteSettledHints() {
    int deleted = hints.deleteSettledBefore(clock.instant().minus(settings.hintRetention()), CHUNK);
    if (deleted > 0) {
      LOG.fine(() -> deleted + " settled webhook hints deleted");
    }
    return deleted;
  }
}
