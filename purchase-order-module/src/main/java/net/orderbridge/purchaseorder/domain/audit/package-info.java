/** The audit trail of orders: an append-only record of every change and every sync report. */
package net.orderbridge.purchaseorder.domain.audit;
