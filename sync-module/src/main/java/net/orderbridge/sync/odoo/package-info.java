/**
 * The Odoo connector: the {@code OdooClient} port, its errors split by what a retry can do ({@code
 * ErrorType}), the fault-tolerant {@code OdooGateway}, connection settings, secrets and the choice
 * of transport. The transports live in {@code xmlrpc} and {@code json2}; the one mapping of {@code
 * purchase.order} for push and pull lives in {@code purchase}.
 */
package net.orderbridge.sync.odoo;
