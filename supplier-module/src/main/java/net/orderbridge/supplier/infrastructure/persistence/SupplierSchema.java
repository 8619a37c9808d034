package net.orderbridge.supplier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.orderbridge.shared.infrastructure.persistence.SchemaMigration;

/**
 * The PostgreSQL schema `supplier` that this context owns, built by the migrations in
 * `db/supplier`.
 */
@ApplicationScoped
public class SupplierSchema {
  @Produces
  static final SchemaMigration MIGRATION =
      new SchemaMigration("supplier", "db/supplier", SupplierSchema.class);
}
