package net.orderbridge.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.orderbridge.shared.infrastructure.persistence.SchemaMigration;

/** The PostgreSQL schema `sync` that this context owns, built by the migrations in `db/sync`. */
@ApplicationScoped
public class SyncSchema {
  @Produces
  static final SchemaMigration MIGRATION = new SchemaMigration("sync", "db/sync", SyncSchema.class);
}
