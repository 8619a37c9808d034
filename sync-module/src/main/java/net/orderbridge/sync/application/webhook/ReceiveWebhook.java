package net.orderbridge.sync.application.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Map;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.supplier.api.CatalogueRecordChanged;

/**
 * Receives one webhook: checks its credentials, reads {@code _model} and {@code _id} and nothing
 * else, and queues the hint (or, for catalogue records, asks the supplier context to re-read the
 * record from Odoo). Anything refused changes nothing.
 */
@ApplicationScoped
public class ReceiveWebhook {
  public static final int MAX_BODY_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> CATALOGUE_KINDS =
      Map.of(
          "res.partner", CatalogueRecordChanged.SUPPLIER,
          "product.product", CatalogueRecordChanged.PRODUCT,
          "product.supplierinfo", CatalogueRecordChanged.PRICE);

  /** What became of a hint that was let in. */
  public enum Outcome {
    QUEUED,
    ALREADY_QUEUED,
    CATALOGUE_REFRESH
  }

  private WebhookHints hints;
  private WebhookGate gate;
  private Event<CatalogueRecordChanged> catalogueChanged;

  protected ReceiveWebhook() {}

  @Inject
  public ReceiveWebhook(
      WebhookHints hints, WebhookGate gate, Event<CatalogueRecordChanged> catalogueChanged) {
    this.hints = hints;
    this.gate = gate;
    this.catalogueChanged = catalogueChanged;
  }

  @Transactional
  public Outcome receive(String token, byte[] body, String signature) {
    WebhookCredentials credentials =
        gate.credentials()
            .orElseThrow(() -> ApplicationProblem.notFound("Webhooks are not configured."));
    if (!credentials.tokenMatches(token)) {
      throw new ApplicationProblem(ProblemType.UNAUTHENTICATED, "The webhook token is wrong.");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new ApplicationProblem(
          ProblemType.PAYLOAD_TOO_LARGE, "A webhook body is at most " + MAX_BODY_BYTES + " bytes.");
    }
    if (!credentials.signatureAccepted(body, signature)) {
      throw new ApplicationProblem(
          ProblemType.UNAUTHENTICATED,
          "X-Odoo-Signature",
          "The webhook signature is missing or wrong.");
    }
    if (!hints.realtimeEnabled()) {
      throw new ApplicationProblem(ProblemType.UNAVAILABLE, "Realtime sync is stopped.");
    }
    WebhookHint hint = parse(body);
    String kind = CATALOGUE_KINDS.get(hint.model());
    if (kind != null) {
      catalogueChanged.fire(new CatalogueRecordChanged(kind, hint.recordId()));
      return Outcome.CATALOGUE_REFRESH;
    }
    return hints.enqueue(hint) ? Outcome.QUEUED : Outcome.ALREADY_QUEUED;
  }

  static WebhookHint parse(byte[] body) {
    JsonNode payload;
    try {
      payload = JSON.readTree(body);
    } catch (IOException malformed) {
      throw new ApplicationProblem(ProblemType.INVALID_INPUT, "The webhook body is not JSON.");
    }
    if (payload == null || !payload.isObject()) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT, "The webhook body is not a JSON object.");
    }
    JsonNode model = payload.get("_model");
    JsonNode id = payload.get("_id");
    if (model == null || !model.isTextual()) {
      throw ApplicationProblem.invalid("_model", "_model is required.");
    }
    if (!WebhookHint.MODELS.contains(model.asText())) {
      throw ApplicationProblem.invalid(
          "_model", "Not a model OrderBridge follows: " + model.asText());
    }
    if (id == null || !id.canConvertToLong() || id.asLong() <= 0) {
      throw ApplicationProblem.invalid("_id", "_id must be a positive record id.");
    }
    return new WebhookHint(model.asText(), id.asLong());
  }
}
