package net.orderbridge.supplier.application;

import net.orderbridge.shared.error.ApplicationProblem;

/** A search term as typed by a user: trimmed, at most {@value #MAX_LENGTH} characters. */
final class SearchText {
  static final int MAX_LENGTH = 100;

  private SearchText() {}

  static String of(String query) {
    String text = query == null ? "" : query.strip();
    if (text.length() > MAX_LENGTH) {
      throw ApplicationProblem.invalid(
          "query", "a query has at most " + MAX_LENGTH + " characters");
    }
    return text;
  }
}
