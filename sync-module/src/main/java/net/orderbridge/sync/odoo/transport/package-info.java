/**
 * Picking the transport: the factory that asks the server's version once and builds the XML-RPC or
 * JSON-2 {@code OdooClient}, and the CDI producer that makes it injectable. Kept apart from {@code
 * odoo} so that the port does not depend on its transports ({@code odoo.xmlrpc} and {@code
 * odoo.json2} depend on {@code odoo}, this package on all three).
 */
package net.orderbridge.sync.odoo.transport;
