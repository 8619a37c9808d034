/**
 * Integration events that cross modules: past-tense records of ids and primitives only. The
 * purchase-order context fires them synchronously inside the transaction that made the change, so
 * an observer in phase {@code IN_PROGRESS} or {@code BEFORE_COMPLETION} (the sync-module's outbox)
 * commits or rolls back with it. Consumers reload what they need.
 *
 * <p>The events carry no order version: JPA raises {@code @Version} at flush, after observers may
 * already have run, so a version read when firing could be one behind.
 */
package net.orderbridge.shared.event;
