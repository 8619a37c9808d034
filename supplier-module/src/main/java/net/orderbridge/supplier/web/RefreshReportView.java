package net.orderbridge.supplier.web;

import java.time.Instant;
import java.util.List;
import net.orderbridge.supplier.application.RefreshReport;
import net.orderbridge.supplier.application.SkippedRecord;

/**
 * What {@code POST /suppliers/refresh} did: records mirrored per kind, mirrored ones marked
 * inactive, and the Odoo records left out ({@code skipped} of them, each with its reason).
 */
public record RefreshReportView(
    int suppliers,
    int products,
    int prices,
    int deactivated,
    int skipped,
    int skippedPrices,
    List<SkippedRecordView> skippedRecords,
    Instant refreshedAt) {

  /** One Odoo record the refresh left out. */
  public record SkippedRecordView(String model, long odooId, String reason) {
    static SkippedRecordView of(SkippedRecord s) {
      return new SkippedRecordView(s.model(), s.odooId(), s.reason());
    }
  }

  static RefreshReportView of(RefreshReport r) {
    return new RefreshReportView(
        r.suppliers(),
        r.products(),
        r.prices(),
        r.deactivated(),
        r.skipped().size(),
        r.skippedPrices(),
        r.skipped().stream().map(SkippedRecordView::of).toList(),
        r.refreshedAt());
  }
}
