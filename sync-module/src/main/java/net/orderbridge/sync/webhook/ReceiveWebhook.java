package net.orderbridge.sync.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.sync.odoo.OdooModels;

/**
 * Receives one webhook: checks its credentials, reads {@code _model} and {@code _id} and nothing
 * else, and queues the hint (or, for catalogue records, asks the supplier context to re-read the
 * record from Odoo). Anything refused changes nothing.
 */
@ApplicationScoped
public class ReceiveWebhook {
  public static final int MAX_BODY_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = Logger.getLogger(ReceiveWebhook.class.getName());
  private static final Map<String, String> CATALOGUE_KINDS =
      Map.of(
          OdooModels.PARTNER, CatalogueRecordChanged.SUPPLIER,
          OdooModels.PRODUCT, CatalogueRecordChanged.PRODUCT,
          OdooModels.SUPPLIER_PRICE, CatalogueRecordChanged.PRICE);

  /** What became of a hint that was let in. */
  public enum Outcome {
    QUEUED,
    ALREADY_QUEUED,
    CATALOGUE_REFRESH
  }

  /** The header of a timestamped webhook: Unix time in seconds, as signed with the body. */
  public static final String TIMESTAMP_HEADER = "X-Webhook-Timestamp";

  private WebhookHints hints;
  private WebhookGate gate;
  private WebhookSettings settings;
  private Event<CatalogueRecordChanged> catalogueChanged;
  private Clock clock;

  protected ReceiveWebhook() {}

  @Inject
  public ReceiveWebhook(
      WebhookHints hints,
      WebhookGate gate,
      WebhookSettings settings,
      Event<CatalogueRecordChanged> catalogueChanged,
      Clock clock) {
    this.hints = hints;
    this.gate = gate;
    this.settings = settings;
    this.catalogueChanged = catalogueChanged;
    this.clock = clock;
  }

  /**
   * @param address the caller's address as the server saw it
   * @param timestamp the {@value #TIMESTAMP_HEADER} header, or null
   * @throws WebhookRefused for anything turned away; nothing is changed then
   */
  @Transactional
  public Outcome receive(
      String address, String token, byte[] body, String signature, String timestamp) {
    try {
      return receiveWithin(address, token, body, signature, timestamp);
    } catch (IllegalArgumentException misconfigured) {
      // a malformed WEBHOOK_* setting (the IllegalArgumentExceptions of WebhookSettings)
      LOG.severe("Webhook refused, its settings are: " + misconfigured.getMessage());
      throw new WebhookRefused(
          WebhookRefused.Reason.OFF,
          ProblemType.UNAVAILABLE,
          null,
          "The webhook receiver is misconfigured; operators see why in GET /api/sync/realtime.");
    }
  }

  private Outcome receiveWithin(
      String address, String token, byte[] body, String signature, String timestamp) {
    WebhookCredentials credentials = admit(address, token);
    if (body.length > MAX_BODY_BYTES) {
      throw new WebhookRefused(
          WebhookRefused.Reason.TOO_LARGE,
          ProblemType.PAYLOAD_TOO_LARGE,
          null,
          "A webhook body is at most " + MAX_BODY_BYTES + " bytes.");
    }
    checkSignature(credentials, body, signature, timestamp);
    if (!hints.realtimeEnabled()) {
      throw new WebhookRefused(
          WebhookRefused.Reason.STOPPED,
          ProblemType.UNAVAILABLE,
          null,
          "Realtime sync is stopped.");
    }
    WebhookHint hint = parse(body);
    String kind = CATALOGUE_KINDS.get(hint.model());
    if (kind != null) {
      catalogueChanged.fire(new CatalogueRecordChanged(kind, hint.recordId()));
      WebhookLog.received(hint, Outcome.CATALOGUE_REFRESH);
      return Outcome.CATALOGUE_REFRESH;
    }
    Outcome outcome = enqueue(hint);
    WebhookLog.received(hint, outcome);
    return outcome;
  }

  private Outcome enqueue(WebhookHint hint) {
    return switch (hints.enqueue(hint, settings.maxPending())) {
      case QUEUED -> Outcome.QUEUED;
      case ALREADY_QUEUED -> Outcome.ALREADY_QUEUED;
      case FULL ->
          throw new WebhookRefused(
              WebhookRefused.Reason.FULL,
              ProblemType.TOO_MANY_REQUESTS,
              null,
              "Too many webhook hints wait already; the poll reads every change anyway.",
              settings.retryWhenFull());
    };
  }

  /** The receiver is on, the caller's address allowed and the token right. */
  private WebhookCredentials admit(String address, String token) {
    WebhookCredentials credentials =
        gate.credentials()
            .orElseThrow(
                () ->
                    gate.problem().isPresent()
                        ? new WebhookRefused(
                            WebhookRefused.Reason.OFF,
                            ProblemType.UNAVAILABLE,
                            null,
                            "The webhook receiver is off: its configuration was refused at start-up.")
                        : new WebhookRefused(
                            WebhookRefused.Reason.OFF,
                            ProblemType.NOT_FOUND,
                            null,
                            "Webhooks are not configured."));
    if (!settings.allowedAddresses().permits(address)) {
      throw new WebhookRefused(
          WebhookRefused.Reason.ADDRESS,
          ProblemType.FORBIDDEN,
          null,
          "Webhooks are not accepted from this address.");
    }
    if (!credentials.tokenMatches(token)) {
      throw new WebhookRefused(
          WebhookRefused.Reason.TOKEN,
          ProblemType.UNAUTHENTICATED,
          null,
          "The webhook token is wrong.");
    }
    return credentials;
  }

  /**
   * The signature, and with a replay window ({@code WEBHOOK_REPLAY_WINDOW}, only with {@code
   * WEBHOOK_SECRET}) the signed timestamp: within the window of the server's clock, either way.
   */
  private void checkSignature(
      WebhookCredentials credentials, byte[] body, String signature, String timestamp) {
    Optional<Duration> window = credentials.signed() ? settings.replayWindow() : Optional.empty();
    if (window.isEmpty()) {
      if (!credentials.signatureAccepted(body, signature)) {
        throw badSignature();
      }
      return;
    }
    long sentAt = timestamp(timestamp);
    if (!credentials.signatureAccepted(sentAt, body, signature)) {
      throw badSignature();
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - sentAt);
    if (skew > window.get().toSeconds()) {
      throw new WebhookRefused(
          WebhookRefused.Reason.TIMESTAMP,
          ProblemType.UNAUTHENTICATED,
          TIMESTAMP_HEADER,
          "The webhook timestamp is outside the replay window of " + window.get() + ".");
    }
  }

  private static long timestamp(String header) {
    if (header == null || !header.trim().matches("\\d{1,12}")) {
      throw new WebhookRefused(
          WebhookRefused.Reason.TIMESTAMP,
          ProblemType.UNAUTHENTICATED,
          TIMESTAMP_HEADER,
          "The webhook must carry "
              + TIMESTAMP_HEADER
              + ": the Unix time in seconds, signed with the body.");
    }
    return Long.parseLong(header.trim());
  }

  private static WebhookRefused badSignature() {
    return new WebhookRefused(
        WebhookRefused.Reason.SIGNATURE,
        ProblemType.UNAUTHENTICATED,
        "X-Odoo-Signature",
        "The webhook signature is missing or wrong.");
  }

  static WebhookHint parse(byte[] body) {
    JsonNode payload;
    try {
      payload = JSON.readTree(body);
    } catch (IOException malformed) {
      throw invalid(ProblemType.INVALID_INPUT, null, "The webhook body is not JSON.");
    }
    if (payload == null || !payload.isObject()) {
      throw invalid(ProblemType.INVALID_INPUT, null, "The webhook body is not a JSON object.");
    }
    JsonNode model = payload.get("_model");
    JsonNode id = payload.get("_id");
    if (model == null || !model.isTextual()) {
      throw invalid(ProblemType.UNPROCESSABLE, "_model", "_model is required.");
    }
    if (!WebhookHint.MODELS.contains(model.asText())) {
      throw invalid(
          ProblemType.UNPROCESSABLE,
          "_model",
          "Not a model OrderBridge follows: " + printable(model.asText()));
    }
    if (id == null
        || !id.isIntegralNumber()
        || !id.canConvertToLong()
        || id.asLong() < 1
        || id.asLong() > WebhookHint.MAX_RECORD_ID) {
      throw invalid(
          ProblemType.UNPROCESSABLE,
          "_id",
          "_id must be an Odoo record id: a whole number from 1 to "
              + WebhookHint.MAX_RECORD_ID
              + ".");
    }
    return new WebhookHint(model.asText(), id.asLong());
  }

  private static WebhookRefused invalid(ProblemType type, String field, String detail) {
    return new WebhookRefused(WebhookRefused.Reason.INVALID, type, field, detail);
  }

  /** A model name as it may be echoed back: at most 64 characters, no control characters. */
  private static String printable(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
