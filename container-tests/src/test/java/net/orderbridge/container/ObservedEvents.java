package net.orderbridge.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import net.orderbridge.shared.event.PurchaseOrderEvent;

/**
 * An observer in the test WAR, a module of its own: the order events it sees crossed from the
 * purchase-order module's jar (the EAR's lib) into a WAR's class loader and bean archive.
 */
@ApplicationScoped
public class ObservedEvents {
  private final List<PurchaseOrderEvent> seen = new CopyOnWriteArrayList<>();

  void observe(@Observes PurchaseOrderEvent event) {
    seen.add(event);
  }

  public List<Class<?>> of(UUID orderId) {
    return seen.stream()
        .filter(event -> event.orderId().equals(orderId))
        .<Class<?>>map(PurchaseOrderEvent::getClass)
        .toList();
  }
}
