package net.orderbridge.sync.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The webhook secrets from configuration: {@code WEBHOOK_TOKEN} (the secret path segment; webhooks
 * are off without it) and {@code WEBHOOK_SECRET} (the HMAC key of {@code X-Odoo-Signature};
 * optional).
 */
@ApplicationScoped
public class WebhookGate {
  private Optional<WebhookCredentials> credentials;

  protected WebhookGate() {}

  @Inject
  public WebhookGate(Config config) {
    this.credentials =
        config
            .getOptionalValue("WEBHOOK_TOKEN", String.class)
            .filter(token -> !token.isBlank())
            .map(
                token ->
                    new WebhookCredentials(
                        token,
                        config.getOptionalValue("WEBHOOK_SECRET", String.class).orElse(null)));
  }

  public Optional<WebhookCredentials> credentials() {
    return credentials;
  }
}
