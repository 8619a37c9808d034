package net.orderbridge.sync.webhook;

import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.log.SyncLogEntry;

/**
 * The webhook's entries of the structured sync log: a hint let in ({@code webhook.received}, with
 * its model, record id and what became of it) or refused ({@code webhook.refused}, with the
 * reason). Never the token, the signature, the caller's address or the body.
 */
final class WebhookLog {
  private WebhookLog() {}

  static void received(WebhookHint hint, ReceiveWebhook.Outcome outcome) {
    SyncLog.write(
        SyncLogEntry.of("webhook.received", hint.model(), hint.recordId())
            .odooId(hint.recordId())
            .meta("outcome", outcome.name())
            .info(
                "Webhook hint for "
                    + hint.model()
                    + " "
                    + hint.recordId()
                    + ": "
                    + outcome.name().toLowerCase(java.util.Locale.ROOT)));
  }

  static void refused(WebhookRefused refused) {
    String reason = refused.reason().tag();
    SyncLog.write(
        SyncLogEntry.of("webhook.refused", "webhook-hint", "-")
            .error("REFUSED", refused.getMessage())
            .meta("reason", reason)
            .warn("Webhook hint refused (" + reason + "): " + refused.getMessage()));
  }
}
