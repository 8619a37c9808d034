package net.orderbridge.supplier.web;

import java.time.Instant;
import net.orderbridge.supplier.application.RefreshReport;

/** What {@code POST /suppliers/refresh} did. */
public record RefreshReportView(
    int suppliers,
    int products,
    int prices,
    int deactivated,
    int skippedPrices,
    Instant refreshedAt) {

  static RefreshReportView of(RefreshReport r) {
    return new RefreshReportView(
        r.suppliers(),
        r.products(),
        r.prices(),
        r.deactivated(),
        r.skippedPrices(),
        r.refreshedAt());
  }
}
