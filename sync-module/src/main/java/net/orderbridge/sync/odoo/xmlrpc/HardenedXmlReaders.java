package net.orderbridge.sync.odoo.xmlrpc;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX readers for Odoo's XML-RPC answers. Odoo never sends a DOCTYPE, so any DOCTYPE is refused
 * outright: no DTD is loaded, no entity (external or internal, so no "billion laughs") is expanded,
 * nothing is fetched from the network. The Apache client's own {@code SAXParsers} only turns off
 * external entities when the parser happens to support the feature and ignores failures; this class
 * fails instead.
 */
final class HardenedXmlReaders {
  private static final SAXParserFactory FACTORY = factory();

  private HardenedXmlReaders() {}

  static XMLReader newXmlReader() throws SAXException {
    try {
      XMLReader reader = FACTORY.newSAXParser().getXMLReader();
      reader.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      reader.setErrorHandler(new DefaultHandler()); // throws, instead of printing to stderr
      return reader;
    } catch (ParserConfigurationException e) {
      throw new SAXException("cannot create a hardened XML parser", e);
    }
  }

  private static SAXParserFactory factory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.newSAXParser().getXMLReader().parse(new InputSource(new StringReader("<ok/>")));
    } catch (ParserConfigurationException
        | SAXNotRecognizedException
        | SAXNotSupportedException e) {
      throw new IllegalStateException("the XML parser cannot be hardened: " + f.getClass(), e);
    } catch (SAXException | java.io.IOException e) {
      throw new IllegalStateException("the hardened XML parser does not work", e);
    }
    return f;
  }
}
