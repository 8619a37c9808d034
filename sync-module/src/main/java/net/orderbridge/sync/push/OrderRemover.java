package net.orderbridge.sync.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.orderbridge.sync.binding.OrderBinding;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository;
import net.orderbridge.sync.odoo.purchase.OdooPurchaseOrderRepository.Current;

/**
 * Removes the Odoo order of a locally deleted order (the connector cancels it first, as Odoo asks).
 * An order whose create outcome was never learnt is looked up by its key; one Odoo no longer has is
 * done.
 *
 * <p>Like an update, a removal never overrides an Odoo edit it has not seen: when Odoo's {@code
 * write_date} moved since the binding, nothing is sent and the caller settles the deletion against
 * that edit first (an {@code EXISTENCE} conflict). An order only found by its key (the outcome of
 * its create was never learnt) has no agreed version to compare with, and nobody has seen it in
 * Odoo through us: it is removed as before.
 */
@ApplicationScoped
public class OrderRemover {
  private final OdooPurchaseOrderRepository orders;

  @Inject
  public OrderRemover(OdooPurchaseOrderRepository orders) {
    this.orders = orders;
  }

  /** For CDI's client proxy. */
  protected OrderRemover() {
    this(null);
  }

  /**
   * Cancels and unlinks the Odoo order of a deleted one, unless Odoo changed it since the binding.
   *
   * @return empty when the Odoo order is gone (or never was); Odoo's {@code write_date} when it
   *     changed the order since the binding, in which case nothing was sent
   */
  Optional<Instant> remove(Optional<OrderBinding> binding) {
    if (binding.isEmpty()) {
      return Optional.empty();
    }
    Long id = binding.get().odooId();
    if (id == null) {
      id = orders.findByKeys(List.of(binding.get().externalKey())).get(binding.get().externalKey());
    }
    if (id == null) {
      return Optional.empty();
    }
    Optional<Current> current;
    try {
      current = orders.read(id);
    } catch (OdooRecordMissingException alreadyGone) {
      return Optional.empty();
    }
    if (current.isEmpty()) {
      return Optional.empty();
    }
    if (binding.get().isBound() && binding.get().changedInOdooSince(current.get().writeDate())) {
      return Optional.of(current.get().writeDate());
    }
    orders.remove(current.get());
    return Optional.empty();
  }
}
