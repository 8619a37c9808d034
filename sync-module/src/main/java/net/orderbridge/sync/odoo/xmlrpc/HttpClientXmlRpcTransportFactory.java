package net.orderbridge.sync.odoo.xmlrpc;

import net.orderbridge.sync.odoo.OdooHttp;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcTransport;
import org.apache.xmlrpc.client.XmlRpcTransportFactory;

/**
 * Gives the Apache client a fresh {@link HttpClientXmlRpcTransport} for each call to one endpoint.
 */
final class HttpClientXmlRpcTransportFactory implements XmlRpcTransportFactory {
  private final XmlRpcClient client;
  private final OdooHttp http;
  private final String path;

  HttpClientXmlRpcTransportFactory(XmlRpcClient client, OdooHttp http, String path) {
    this.client = client;
    this.http = http;
    this.path = path;
  }

  @Override
  public XmlRpcTransport getTransport() {
    return new HttpClientXmlRpcTransport(client, http, path);
  }
}
