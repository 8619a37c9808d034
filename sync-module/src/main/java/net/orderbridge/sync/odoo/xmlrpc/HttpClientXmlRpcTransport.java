package net.orderbridge.sync.odoo.xmlrpc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooProtocolException;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientException;
import org.apache.xmlrpc.client.XmlRpcStreamTransport;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One XML-RPC exchange over {@link OdooHttp} (the JDK {@code HttpClient}), replacing the Apache
 * client's {@code HttpURLConnection} transports, which re-send a POST when the connection drops.
 * The answer is parsed by a {@linkplain HardenedXmlReaders hardened} reader into a {@link
 * FaultKeepingResponseParser}. Odoo sends faults with HTTP 200; any other status is refused.
 */
final class HttpClientXmlRpcTransport extends XmlRpcStreamTransport {
  private static final Map<String, String> HEADERS =
      Map.of("Content-Type", "text/xml; charset=utf-8", "User-Agent", "OrderBridge");
  private final OdooHttp http;
  private final String path;
  private byte[] responseBody;

  HttpClientXmlRpcTransport(XmlRpcClient client, OdooHttp http, String path) {
    super(client);
    this.http = http;
    this.path = path;
  }

  @Override
  protected void writeRequest(ReqWriter writer) throws XmlRpcException, IOException, SAXException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writer.write(body);
    HttpResponse<byte[]> response = http.post(path, HEADERS, body.toByteArray());
    if (response.statusCode() != 200) {
      throw new OdooProtocolException(
          "HTTP " + response.statusCode(),
          "Odoo answered HTTP "
              + response.statusCode()
              + " on "
              + path
              + "; XML-RPC faults come with 200");
    }
    responseBody = response.body();
  }

  @Override
  protected InputStream getInputStream() {
    return new ByteArrayInputStream(responseBody);
  }

  @Override
  protected boolean isResponseGzipCompressed(XmlRpcStreamRequestConfig config) {
    return false; // we never send Accept-Encoding
  }

  @Override
  protected void close() throws XmlRpcClientException {
    responseBody = null;
  }

  @Override
  protected Object readResponse(XmlRpcStreamRequestConfig config, InputStream stream)
      throws XmlRpcException {
    FaultKeepingResponseParser parser =
        new FaultKeepingResponseParser(config, getClient().getTypeFactory());
    try {
      XMLReader reader = HardenedXmlReaders.newXmlReader();
      reader.setContentHandler(parser);
      reader.parse(new InputSource(stream));
    } catch (SAXException | IOException | RuntimeException e) {
      throw new OdooProtocolException(
          null,
          "refused Odoo's XML-RPC answer on "
              + path
              + ": "
              + http.settings().secret().redact(describe(e)),
          null);
    }
    if (parser.isSuccess()) {
      return parser.getResult();
    }
    throw parser.fault();
  }

  private static String describe(Exception e) {
    Throwable inner =
        e instanceof SAXException sax && sax.getException() != null ? sax.getException() : e;
    return inner.getClass().getSimpleName() + ": " + inner.getMessage();
  }
}
