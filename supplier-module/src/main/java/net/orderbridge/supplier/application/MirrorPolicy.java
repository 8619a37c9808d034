package net.orderbridge.supplier.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a mirrored record counts as fresh: a read that finds an older one asks Odoo again and,
 * when Odoo can't be reached, serves it marked stale. Products carry their prices, so the product
 * time to live covers supplier prices too.
 */
public record MirrorPolicy(Duration supplierTtl, Duration productTtl, Clock clock) {

  public MirrorPolicy {
    Objects.requireNonNull(supplierTtl, "supplierTtl");
    Objects.requireNonNull(productTtl, "productTtl");
    Objects.requireNonNull(clock, "clock");
  }

  public Instant now() {
    return clock.instant();
  }

  public boolean supplierIsFresh(Instant refreshedAt) {
    return !refreshedAt.plus(supplierTtl).isBefore(now());
  }

  public boolean productIsFresh(Instant refreshedAt) {
    return !refreshedAt.plus(productTtl).isBefore(now());
  }
}
