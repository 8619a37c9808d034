package net.orderbridge.supplier.application;

import java.time.Instant;
import java.util.List;

/**
 * What a full refresh did: how many records of each kind it mirrored, how many mirrored ones it
 * marked inactive because Odoo no longer returned them, and the records it left out (with their
 * reasons) because the mirror could not take them.
 */
public record RefreshReport(
    int suppliers,
    int products,
    int prices,
    int deactivated,
    List<SkippedRecord> skipped,
    Instant refreshedAt) {

  public RefreshReport {
    skipped = List.copyOf(skipped);
  }

  /** How many vendor prices were left out. */
  public int skippedPrices() {
    return (int) skipped.stream().filter(s -> s.model().equals(SkippedRecordLog.PRICE)).count();
  }
}
