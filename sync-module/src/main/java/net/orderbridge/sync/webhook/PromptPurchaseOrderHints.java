package net.orderbridge.sync.webhook;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import net.orderbridge.sync.odoo.OdooModels;
import net.orderbridge.sync.pull.PurchaseOrderHinted;

/**
 * Announces each queued {@code purchase.order} hint, so that {@link HintPuller} pulls the order as
 * soon as the hint has committed, without touching the webhook's own code.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PromptPurchaseOrderHints implements WebhookHints {
  @Inject @Delegate @Any WebhookHints delegate;
  @Inject Event<PurchaseOrderHinted> hinted;

  @Override
  public Enqueued enqueue(WebhookHint hint, int maxPending) {
    Enqueued queued = delegate.enqueue(hint, maxPending);
    if (queued == Enqueued.QUEUED && OdooModels.PURCHASE_ORDER.equals(hint.model())) {
      hinted.fire(new PurchaseOrderHinted(hint.recordId()));
    }
    return queued;
  }
}
