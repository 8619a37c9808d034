package net.orderbridge.sync.odoo.xmlrpc;

import java.util.Map;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;

/**
 * The Apache response parser, except that a fault struct is kept as it came and never interpreted:
 * its {@code faultCause} member (a base64 serialised Java exception, in the Apache extension) is
 * never fed to an {@code ObjectInputStream}, whatever the configuration says, and a text {@code
 * faultCode} doesn't break parsing.
 */
final class FaultKeepingResponseParser extends XmlRpcResponseParser {
  private Map<?, ?> fault;

  FaultKeepingResponseParser(XmlRpcStreamRequestConfig config, TypeFactory typeFactory) {
    super(config, typeFactory);
  }

  @Override
  protected void addResult(Object result) throws org.xml.sax.SAXException {
    if (isSuccess()) {
      super.addResult(result);
    } else if (result instanceof Map<?, ?> map) {
      fault = map;
    } else {
      throw new org.xml.sax.SAXException("a fault must be a struct");
    }
  }

  XmlRpcFault fault() {
    Object code = fault.get("faultCode");
    Object text = fault.get("faultString");
    return new XmlRpcFault(code, text instanceof String s ? s : null);
  }
}
