package net.orderbridge.sync.odoo.xmlrpc;

import java.io.IOException;
import java.io.Writer;
import org.apache.ws.commons.serialize.XMLWriter;
import org.apache.ws.commons.serialize.XMLWriterImpl;
import org.apache.xmlrpc.serializer.BaseXmlWriterFactory;

/**
 * Writes XML-RPC requests as well-formed XML 1.0 in UTF-8, whatever the strings hold. The Apache
 * client's own writer encodes Java's UTF-16 one {@code char} at a time: a character outside the
 * Basic Multilingual Plane (an emoji, many CJK ideographs) becomes two references to surrogate
 * halves ({@code &#55357;&#56832;}), which no XML parser accepts, so Odoo refuses every call that
 * carries one, for good. Here a character is written as itself; a carriage return as {@code &#13;},
 * so that Odoo's parser keeps it instead of turning it into a line feed. Characters XML 1.0 cannot
 * carry at all (other control characters, unpaired surrogates, U+FFFE, U+FFFF) fail the call before
 * anything is sent, naming the character.
 */
final class Xml10WriterFactory extends BaseXmlWriterFactory {

  @Override
  protected XMLWriter newXmlWriter() {
    return new Xml10Writer();
  }

  /** The writer: markup and text escaped by code point, not by UTF-16 unit. */
  static final class Xml10Writer extends XMLWriterImpl {
    @Override
    public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
      super.characters(ch, start, 0); // ends a pending start tag
      Writer out = getWriter();
      int end = start + length;
      try {
        for (int i = start; i < end; ) {
          int c = Character.codePointAt(ch, i, end);
          i += Character.charCount(c);
          switch (c) {
            case '&' -> out.write("&amp;");
            case '<' -> out.write("&lt;");
            case '>' -> out.write("&gt;");
            case '\r' -> out.write("&#13;");
            default -> {
              if (!isXmlCharacter(c)) {
                throw new org.xml.sax.SAXException(
                    "the character U+%04X cannot travel in XML-RPC (XML 1.0)".formatted(c));
              }
              out.write(Character.toChars(c));
            }
          }
        }
      } catch (IOException e) {
        throw new org.xml.sax.SAXException(e);
      }
    }

    /** XML 1.0's {@code Char} production. */
    static boolean isXmlCharacter(int c) {
      return c == 0x9
          || c == 0xA
          || c == 0xD
          || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF);
    }
  }
}
