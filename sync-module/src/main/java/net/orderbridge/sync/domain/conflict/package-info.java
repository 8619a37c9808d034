/**
 * Three-way conflict detection between our order and Odoo's. The base is the snapshot both sides
 * agreed on at the last sync (kept with the binding); each field is compared between base, local
 * and remote. A field that changed on one side only travels to the other; a field changed on both
 * sides to different values is a {@link net.orderbridge.sync.domain.conflict.FieldConflict},
 * settled by the policy of its {@link net.orderbridge.sync.domain.conflict.FieldGroup} or left to a
 * person.
 */
package net.orderbridge.sync.domain.conflict;
