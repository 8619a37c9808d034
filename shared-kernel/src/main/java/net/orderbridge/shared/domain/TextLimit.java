package net.orderbridge.shared.domain;

import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * What a text a client gives may hold: at most {@code maxLength} characters (code points, as
 * PostgreSQL's {@code varchar(n)} counts them), and only characters that both of Odoo's transports
 * can carry. XML 1.0, and so XML-RPC, cannot carry the C0 control characters other than tab, line
 * feed and carriage return, nor U+FFFE, U+FFFF or a lone surrogate, not even as character
 * references; PostgreSQL refuses U+0000 in text. Such a text would be stored here and then fail
 * every push for good, so it is refused at the door, naming the field, rather than altered: a
 * silently changed text would also differ from Odoo's copy forever after.
 *
 * @param maxLength most code points
 * @param multiline whether tab, line feed and carriage return are allowed
 */
public record TextLimit(int maxLength, boolean multiline) {

  public TextLimit {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
  }

  /**
   * Refuses a text over the limit or with a character Odoo can't receive, as {@code 400} naming
   * {@code field}; null passes.
   *
   * @return the text, unchanged
   */
  public String check(String text, String field) {
    if (text == null) {
      return null;
    }
    if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
      throw refused(field, field + " is longer than " + maxLength + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (!allowed(c)) {
        throw refused(
            field,
            field
                + " holds the character U+"
                + String.format("%04X", (int) c)
                + " at position "
                + i
                + ", which Odoo's XML-RPC can't carry"
                + (multiline ? " (tab, line feed and carriage return are fine)" : ""));
      }
    }
    return text;
  }

  private boolean allowed(char c) {
    if (c < 0x20) {
      return multiline && (c == '\t' || c == '\n' || c == '\r');
    }
    return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
  }

  private static ApplicationProblem refused(String field, String why) {
    return new ApplicationProblem(ProblemType.INVALID_INPUT, field, why);
  }
}
