/**
 * The XML-RPC transport ({@code /xmlrpc/2/common}, {@code /xmlrpc/2/object} {@code execute_kw}) on
 * the Apache XML-RPC client, hardened: no extensions, no Java deserialisation of fault causes, no
 * DOCTYPE or entities (CVE-2016-5002, CVE-2016-5003, CVE-2019-17570), and the JDK {@code
 * HttpClient} instead of {@code HttpURLConnection}.
 */
package net.orderbridge.sync.infrastructure.odoo.xmlrpc;
