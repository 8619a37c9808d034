package net.orderbridge.sync.odoo.xmlrpc;

import org.apache.xmlrpc.XmlRpcException;

/**
 * A {@code <fault>} answer as Odoo sent it, before classification. {@code faultCode} is an {@code
 * Integer} on {@code /xmlrpc/2} and a text such as {@code "AccessDenied"} or {@code "warning --
 * MissingError\n\n..."} on the legacy {@code /xmlrpc} endpoint, which the Apache parser cannot read
 * (it casts to Integer); hence our own parser keeps it raw.
 */
final class XmlRpcFault extends XmlRpcException {
  private final transient Object faultCode;
  private final String faultString;

  XmlRpcFault(Object faultCode, String faultString) {
    super("XML-RPC fault " + faultCode);
    this.faultCode = faultCode;
    this.faultString = faultString == null ? "" : faultString;
  }

  Object faultCode() {
    return faultCode;
  }

  String faultString() {
    return faultString;
  }
}
