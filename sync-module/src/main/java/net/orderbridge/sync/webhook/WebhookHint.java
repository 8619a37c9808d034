package net.orderbridge.sync.webhook;

import java.util.Objects;
import java.util.Set;
import net.orderbridge.sync.odoo.OdooModels;

/**
 * What a webhook may tell us: which record of which model changed. Nothing else of the payload is
 * kept.
 */
public record WebhookHint(String model, long recordId) {
  /** The models whose changes we follow; a hint about any other model is refused. */
  public static final Set<String> MODELS =
      Set.of(
          OdooModels.PURCHASE_ORDER,
          OdooModels.PARTNER,
          OdooModels.PRODUCT,
          OdooModels.SUPPLIER_PRICE);

  /** Odoo's record ids are PostgreSQL {@code serial}s: 32-bit, and XML-RPC's {@code i4} too. */
  public static final long MAX_RECORD_ID = Integer.MAX_VALUE;

  public WebhookHint {
    Objects.requireNonNull(model, "model");
    if (!MODELS.contains(model)) {
      throw new IllegalArgumentException("not a model we follow: " + model);
    }
    if (recordId < 1 || recordId > MAX_RECORD_ID) {
      throw new IllegalArgumentException("not an Odoo record id: " + recordId);
    }
  }
}
