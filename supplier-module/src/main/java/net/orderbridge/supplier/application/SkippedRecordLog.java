package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes the records a refresh left out visible: one WARN line each (model, Odoo id, reason) and
 * {@code catalogue_refresh_skipped_total{model}}.
 */
@ApplicationScoped
public class SkippedRecordLog {
  static final String SUPPLIER = "res.partner";
  static final String PRODUCT = "product.product";
  static final String PRICE = "product.supplierinfo";
  private static final Logger LOG = Logger.getLogger(SkippedRecordLog.class.getName());

  private SkippedRecordCounter counter;

  protected SkippedRecordLog() {
    // for CDI
  }

  /** {@code counter} may be null (tests that count nothing). */
  @Inject
  public SkippedRecordLog(SkippedRecordCounter counter) {
    this.counter = counter;
  }

  void report(List<SkippedRecord> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    LOG.warning(
        () ->
            "The catalogue refresh left out "
                + skipped.size()
                + " Odoo record(s) it cannot mirror");
    for (SkippedRecord record : skipped) {
      LOG.warning(
          () ->
              "Catalogue refresh skipped "
                  + record.model()
                  + " "
                  + record.odooId()
                  + ": "
                  + record.reason());
      if (counter != null) {
        counter.skipped(record.model());
      }
    }
  }
}
