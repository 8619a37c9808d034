/** The outbox of order changes waiting to reach Odoo, and how workers claim and settle them. */
package net.orderbridge.sync.domain.outbox;
