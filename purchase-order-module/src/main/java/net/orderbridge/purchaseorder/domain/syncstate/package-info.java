/**
 * What the order context knows of each order's standing with Odoo: a read model the sync context
 * keeps current through events. It guards nothing of the order itself.
 */
package net.orderbridge.purchaseorder.domain.syncstate;
