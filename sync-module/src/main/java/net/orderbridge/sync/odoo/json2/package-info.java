/** The JSON-2 transport of Odoo 19 ({@code /json/2/<model>/<method>} with a bearer API key). */
package net.orderbridge.sync.odoo.json2;
