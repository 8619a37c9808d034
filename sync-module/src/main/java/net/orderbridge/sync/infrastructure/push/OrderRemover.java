package net.orderbridge.sync.infrastructure.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import net.orderbridge.sync.application.odoo.OdooClient;
import net.orderbridge.sync.application.odoo.OdooRecordMissingException;
import net.orderbridge.sync.domain.binding.OrderBinding;
import net.orderbridge.sync.infrastructure.push.OdooOrders.Current;

/**
 * Removes the Odoo order of a locally deleted order. Odoo deletes only cancelled orders ("In order
 * to delete a purchase order, you must cancel it first"), so it unlocks and cancels first. An order
 * whose create outcome was never learnt is looked up by its key; one Odoo no longer has is done.
 */
@ApplicationScoped
public class OrderRemover {
  @Inject OdooClient odoo;
  @Inject OdooOrders orders;

  void remove(Optional<OrderBinding> binding) {
    if (binding.isEmpty()) {
      return;
    }
    Long id = binding.get().odooId();
    if (id == null) {
      id = orders.findByKeys(List.of(binding.get().externalKey())).get(binding.get().externalKey());
    }
    if (id == null) {
      return;
    }
    try {
      Optional<Current> current = orders.read(id);
      if (current.isEmpty()) {
        return;
      }
      if (current.get().locked()) {
        orders.press("button_unlock", List.of(id));
      }
      if (!current.get().state().equals("cancel")) {
        orders.press("button_cancel", List.of(id));
      }
      odoo.unlink(OdooOrders.MODEL, List.of(id));
    } catch (OdooRecordMissingException alreadyGone) {
      // deleted in Odoo meanwhile (or by our own unlink whose answer was lost)
    }
  }
}
