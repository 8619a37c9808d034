package net.orderbridge.sync.application.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import net.orderbridge.sync.domain.conflict.ConflictPolicies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The pull's settings ({@code sync.pull.*}, {@code sync.import.mode}, {@code sync.conflicts}). */
@ApplicationScoped
public class PullSettings {
  /** Which orders made in Odoo become local orders. */
  public enum ImportMode {
    ALL,
    KNOWN_SUPPLIERS,
    NONE
  }

  @Inject
  @ConfigProperty(name = "sync.pull.overlap", defaultValue = "PT150S")
  Duration overlap;

  @Inject
  @ConfigProperty(name = "sync.pull.page-size", defaultValue = "100")
  int pageSize;

  @Inject
  @ConfigProperty(name = "sync.import.mode", defaultValue = "all")
  String importMode;

  @Inject
  @ConfigProperty(name = "sync.conflicts", defaultValue = " ")
  String policies;

  public Duration overlap() {
    return overlap;
  }

  public int pageSize() {
    return pageSize;
  }

  public ImportMode importMode() {
    return ImportMode.valueOf(
        importMode.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  public ConflictPolicies policies() {
    return ConflictPolicies.parse(policies);
  }
}
