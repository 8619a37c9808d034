package net.orderbridge.supplier.infrastructure.persistence;

import java.util.Locale;

/**
 * A lower-case SQL {@code LIKE} pattern matching text that contains a term, with {@code \} as
 * escape.
 */
final class LikePattern {

  private LikePattern() {}

  static String containing(String term) {
    String escaped =
        term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
