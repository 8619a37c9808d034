package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import net.orderbridge.shared.event.PurchaseOrderEvent;

/** Records synchronously fired events; asynchronous firing is refused, as the service never may. */
final class RecordingEvents implements Event<PurchaseOrderEvent> {

  final List<PurchaseOrderEvent> fired = new ArrayList<>();

  @Override
  public void fire(PurchaseOrderEvent event) {
    fired.add(event);
  }

  @Override
  public <U extends PurchaseOrderEvent> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException("events must be fired inside the transaction");
  }

  @Override
  public <U extends PurchaseOrderEvent> CompletionStage<U> fireAsync(
      U event, NotificationOptions options) {
    throw new UnsupportedOperationException("events must be fired inside the transaction");
  }

  @Override
  public Event<PurchaseOrderEvent> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends PurchaseOrderEvent> Event<U> select(
      Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends PurchaseOrderEvent> Event<U> select(
      TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }
}
