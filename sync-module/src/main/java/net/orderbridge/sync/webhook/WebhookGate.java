package net.orderbridge.sync.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The webhook secrets from configuration, checked once at start-up: {@code WEBHOOK_TOKEN} (the
 * secret path segment; webhooks are off without it) and {@code WEBHOOK_SECRET} (the HMAC key of
 * {@code X-Odoo-Signature}; optional).
 *
 * <p>A token shorter than {@value #MIN_TOKEN_LENGTH} characters can be guessed by a patient caller:
 * the server then starts with the receiver off, logs an ERROR saying why, and {@code GET
 * /api/sync/realtime} shows it ({@link #problem()}); the rest of the service runs.
 */
@ApplicationScoped
public class WebhookGate {
  public static final int MIN_TOKEN_LENGTH = 32;
  private static final Logger LOG = Logger.getLogger(WebhookGate.class.getName());

  private Optional<WebhookCredentials> credentials;
  private Optional<String> problem;

  protected WebhookGate() {}

  @Inject
  public WebhookGate(Config config) {
    Optional<String> token =
        config.getOptionalValue("WEBHOOK_TOKEN", String.class).filter(t -> !t.isBlank());
    this.problem = token.flatMap(WebhookGate::weakness);
    problem.ifPresent(why -> LOG.severe("Webhook receiver off: " + why));
    this.credentials =
        token
            .filter(t -> problem.isEmpty())
            .map(
                t ->
                    new WebhookCredentials(
                        t, config.getOptionalValue("WEBHOOK_SECRET", String.class).orElse(null)));
  }

  /** Why a configured token was refused, if it was. */
  static Optional<String> weakness(String token) {
    int length = token.codePointCount(0, token.length());
    return length >= MIN_TOKEN_LENGTH
        ? Optional.empty()
        : Optional.of(
            "WEBHOOK_TOKEN has "
                + length
                + " characters; at least "
                + MIN_TOKEN_LENGTH
                + " are required (e.g. 48 random hex digits)");
  }

  /** The credentials a webhook must prove; empty while the receiver is off. */
  public Optional<WebhookCredentials> credentials() {
    return credentials;
  }

  /** Why the receiver is off although a token is configured; empty when it is on or unset. */
  public Optional<String> problem() {
    return problem;
  }
}
