package net.orderbridge.sync.application.webhook;

import java.util.Objects;
import java.util.Set;

/**
 * What a webhook may tell us: which record of which model changed. Nothing else of the payload is
 * kept.
 */
public record WebhookHint(String model, long recordId) {
  /** The models whose changes we follow; a hint about any other model is refused. */
  public static final Set<String> MODELS =
      Set.of("purchase.order", "res.partner", "product.product", "product.supplierinfo");

  public WebhookHint {
    Objects.requireNonNull(model, "model");
    if (!MODELS.contains(model)) {
      throw new IllegalArgumentException("not a model we follow: " + model);
    }
    if (recordId <= 0) {
      throw new IllegalArgumentException("record ids are positive: " + recordId);
    }
  }
}
