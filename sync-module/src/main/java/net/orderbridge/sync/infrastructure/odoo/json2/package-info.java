/**
 * The JSON-2 transport of Odoo 19+: {@code POST /json/2/<model>/<method>} with named arguments, a
 * bearer API key and real HTTP status codes, on the JDK {@code HttpClient}; JSON by Jackson.
 */
package net.orderbridge.sync.infrastructure.odoo.json2;
