package net.orderbridge.shared.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas this instance has migrated since it started. Readiness reports UP only once every
 * context has recorded its schema here and the database answers.
 */
@ApplicationScoped
public class MigratedSchemas {
  private final Map<String, SchemaMigration.MigratedSchema> bySchema = new ConcurrentHashMap<>();

  public void record(SchemaMigration.MigratedSchema migrated) {
    bySchema.put(migrated.schema(), migrated);
  }

  public Map<String, SchemaMigration.MigratedSchema> all() {
    return Map.copyOf(bySchema);
  }
}
