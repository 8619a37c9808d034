/**
 * The XML-RPC transport ({@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}) over the Apache
 * XML-RPC client, hardened: no external entities, bounded answers, no silent resend of a POST.
 */
package net.orderbridge.sync.odoo.xmlrpc;
