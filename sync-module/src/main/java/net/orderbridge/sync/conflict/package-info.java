/**
 * Edits of the same order on both sides: the three-way merge of local, Odoo and the last agreed
 * snapshot, the policies per field group, the conflicts kept for a person and their resolution.
 * Used by push and pull; uses neither.
 */
package net.orderbridge.sync.conflict;
