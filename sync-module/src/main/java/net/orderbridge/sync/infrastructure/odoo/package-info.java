/**
 * The Odoo client: connection settings, the choice of transport, and what both transports share
 * (HTTP client set-up, error classification, value normalisation). The transports themselves live
 * in {@code xmlrpc} and {@code json2}.
 */
package net.orderbridge.sync.infrastructure.odoo;
