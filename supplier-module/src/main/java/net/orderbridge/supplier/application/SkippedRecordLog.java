package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

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

  private MetricRegistry metrics;

  protected SkippedRecordLog() {
    // for CDI
  }

  /** {@code metrics} may be null (tests without a registry). */
  @Inject
  public SkippedRecordLog(MetricRegistry metrics) {
    this.metrics = metrics;
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
      if (metrics != null) {
        metrics.counter("catalogue_refresh_skipped", new Tag("model", record.model())).inc();
      }
    }
  }
}
