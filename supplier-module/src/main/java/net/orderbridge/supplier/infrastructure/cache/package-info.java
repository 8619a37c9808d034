/**
 * The cache hierarchy in front of the mirror: L1 in-process (Caffeine, size-bounded, short time to
 * live), L2 shared by every instance (Redis, only when {@code REDIS_URL} is set), then the mirror
 * and Odoo behind the loader a reader passes in. Instances tell each other to drop L1 entries over
 * Redis pub/sub when Redis is on, over PostgreSQL {@code LISTEN/NOTIFY} otherwise.
 */
package net.orderbridge.supplier.infrastructure.cache;
