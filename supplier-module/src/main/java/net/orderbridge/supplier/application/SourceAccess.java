package net.orderbridge.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Function;
import net.orderbridge.supplier.api.SupplierSource;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;

/**
 * The way to the {@link SupplierSource} that the sync-module deploys. Until one is deployed (or
 * when several are), every question fails as {@link SupplierSourceUnavailableException}, so the
 * catalogue still starts and serves its mirror.
 */
@ApplicationScoped
public class SourceAccess {
  private Instance<SupplierSource> deployed;
  private SupplierSource fixed;

  protected SourceAccess() {
    // for CDI
  }

  @Inject
  public SourceAccess(Instance<SupplierSource> deployed) {
    this.deployed = deployed;
  }

  /** Access to one given source (tests, tools). */
  public static SourceAccess of(SupplierSource source) {
    SourceAccess access = new SourceAccess();
    access.fixed = source;
    return access;
  }

  /** Asks the source; throws {@link SupplierSourceUnavailableException} when there is none. */
  public <T> T ask(Function<SupplierSource, T> question) {
    return question.apply(source());
  }

  private SupplierSource source() {
    if (fixed != null) {
      return fixed;
    }
    if (deployed == null || !deployed.isResolvable()) {
      throw new SupplierSourceUnavailableException(
          "no SupplierSource is deployed (the sync-module provides it)");
    }
    return deployed.get();
  }
}
