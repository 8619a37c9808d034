/**
 * The pull: Odoo's changes to purchase orders come back by polling (the truth) and webhook hints
 * (the fast path), are merged three-way with our order, and conflicts wait for a person.
 */
package net.orderbridge.sync.application.pull;
