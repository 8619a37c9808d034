package net.orderbridge.purchaseorder.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.orderbridge.shared.infrastructure.persistence.SchemaMigration;

/**
 * The PostgreSQL schema `purchase_order` that this context owns, built by the migrations in
 * `db/purchase_order`.
 */
@ApplicationScoped
public class PurchaseOrderSchema {
  @Produces
  static final SchemaMigration MIGRATION =
      new SchemaMigration("purchase_order", "db/purchase_order", PurchaseOrderSchema.class);
}
