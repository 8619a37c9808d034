package net.orderbridge.supplier.application;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.orderbridge.supplier.domain.mirror.CatalogueAudit;
import net.orderbridge.supplier.domain.mirror.CatalogueChange;
import net.orderbridge.supplier.domain.mirror.OdooMirrored;

/**
 * Wraps one write of a mirrored record and adds what it changed to the {@link CatalogueAudit}: the
 * record's values before (none for a record not mirrored yet) against its values after.
 */
final class CatalogueAuditing {
  static final String FULL_REFRESH = "full refresh";
  static final String RECORD_REFRESH = "record refresh";

  private final CatalogueAudit audit;
  private final String source;

  CatalogueAuditing(CatalogueAudit audit, String source) {
    this.audit = Objects.requireNonNull(audit, "audit");
    this.source = source;
  }

  /**
   * Runs {@code write} on {@code held} (null: the record is new, and {@code write} returns it) and
   * records the change; returns the record written.
   */
  <R extends OdooMirrored<?>> R write(
      String model, long odooId, R held, Supplier<R> write, Instant at) {
    Map<String, String> before = held == null ? null : held.auditedValues();
    R after = write.get();
    CatalogueChange.between(source, model, odooId, before, after.auditedValues(), at)
        .ifPresent(audit::add);
    return after;
  }
}
