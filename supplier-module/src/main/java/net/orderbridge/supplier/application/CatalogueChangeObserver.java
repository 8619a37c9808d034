package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;

/**
 * Refreshes a record when the sync-module reports that Odoo changed it. Runs after the firing
 * transaction committed (at once when there is none), so a failure here never undoes the
 * sync-module's work; when Odoo can't be reached the entry has been evicted and the next read
 * serves the mirror.
 */
@ApplicationScoped
public class CatalogueChangeObserver {
  private static final Logger LOG = Logger.getLogger(CatalogueChangeObserver.class.getName());

  @Inject RefreshCatalogue refresh;

  void onRecordChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueRecordChanged change) {
    try {
      refresh.refresh(change);
    } catch (SupplierSourceUnavailableException odooDown) {
      LOG.warning(() -> "Could not refresh " + change + " from Odoo: " + odooDown.getMessage());
    }
  }
}
