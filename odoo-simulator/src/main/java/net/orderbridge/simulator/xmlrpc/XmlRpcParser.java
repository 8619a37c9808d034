package net.orderbridge.simulator.xmlrpc;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XML-RPC parser on StAX with DTDs and external entities off. Values become Integer,
 * Double, Boolean, String, LocalDateTime, byte[], List, Map or null ({@code <nil/>}).
 */
public final class XmlRpcParser {
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();
  private static final DateTimeFormatter ISO8601 =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /** A parsed methodCall. */
  public record Call(String method, List<Object> params) {}

  /** A parsed methodResponse: a value, or a fault when {@code fault} is true. */
  public record Response(Object value, boolean fault) {}

  private final XMLStreamReader r;

  private XmlRpcParser(InputStream in) throws XMLStreamException {
    this.r = FACTORY.createXMLStreamReader(in, "UTF-8");
  }

  public static Call parseCall(InputStream in) throws XMLStreamException {
    XmlRpcParser p = new XmlRpcParser(in);
    String method = null;
    List<Object> params = new ArrayList<>();
    while (p.r.hasNext()) {
      if (p.r.next() == XMLStreamConstants.START_ELEMENT) {
        String n = p.r.getLocalName();
        if (n.equals("methodName")) {
          method = p.r.getElementText().trim();
        } else if (n.equals("value")) {
          params.add(p.value());
        }
      }
    }
    if (method == null) {
      throw new XMLStreamException("no methodName");
    }
    return new Call(method, params);
  }

  public static Response parseResponse(InputStream in) throws XMLStreamException {
    XmlRpcParser p = new XmlRpcParser(in);
    boolean fault = false;
    while (p.r.hasNext()) {
      if (p.r.next() == XMLStreamConstants.START_ELEMENT) {
        String n = p.r.getLocalName();
        if (n.equals("fault")) {
          fault = true;
        } else if (n.equals("value")) {
          return new Response(p.value(), fault);
        }
      }
    }
    throw new XMLStreamException("empty response");
  }

  /** Reads a value; the reader is on {@code <value>} and ends on {@code </value>}. */
  private Object value() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    Object result = null;
    boolean typed = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        typed = true;
        result = typed(r.getLocalName());
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("value")) {
        return typed ? result : text.toString();
      }
    }
    throw new XMLStreamException("unterminated value");
  }

  private Object typed(String type) throws XMLStreamException {
    switch (type) {
      case "int":
      case "i4":
      case "i8":
        long l = Long.parseLong(r.getElementText().trim());
        if (l == (int) l) {
          return Integer.valueOf((int) l);
        }
        return Long.valueOf(l);
      case "boolean":
        return r.getElementText().trim().equals("1");
      case "double":
        return Double.parseDouble(r.getElementText().trim());
      case "string":
        return r.getElementText();
      case "dateTime.iso8601":
        String s = r.getElementText().trim().replace("-", "");
        return LocalDateTime.parse(s.length() > 17 ? s.substring(0, 17) : s, ISO8601);
      case "base64":
        return Base64.getMimeDecoder().decode(r.getElementText().trim());
      case "nil":
        skip();
        return null;
      case "array":
        return array();
      case "struct":
        return struct();
      default:
        throw new XMLStreamException("unknown type " + type);
    }
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private List<Object> array() throws XMLStreamException {
    List<Object> out = new ArrayList<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("value")) {
        out.add(value());
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("array")) {
        return out;
      }
    }
    throw new XMLStreamException("unterminated array");
  }

  private Map<String, Object> struct() throws XMLStreamException {
    Map<String, Object> out = new LinkedHashMap<>();
    String name = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("name")) {
        name = r.getElementText();
      } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("value")) {
        out.put(name, value());
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("struct")) {
        return out;
      }
    }
    throw new XMLStreamException("unterminated struct");
  }
}
