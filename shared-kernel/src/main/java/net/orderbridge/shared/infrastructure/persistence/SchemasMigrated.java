package net.orderbridge.shared.infrastructure.persistence;

import java.util.Set;

/**
 * Fired once at start-up, when every context's schema is migrated: work that needs its tables (a
 * context's first run after a restart) may begin without waiting for its timers.
 *
 * @param schemas the schemas migrated
 */
public record SchemasMigrated(Set<String> schemas) {

  public SchemasMigrated {
    schemas = Set.copyOf(schemas);
  }
}
