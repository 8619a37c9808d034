package net.orderbridge.supplier.web;

import java.util.UUID;
import java.util.function.Supplier;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.domain.TextLimit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;

/** Path and query values of the supplier resources, checked the same way everywhere. */
final class RequestValues {
  static final int DEFAULT_SIZE = 20;
  private static final TextLimit QUERY = new TextLimit(200, false);

  private RequestValues() {}

  /**
   * The page of a query. Both values come in as text: JAX-RS answers a query parameter that does
   * not convert to its Java type with a bare 404, which would tell the client the resource is
   * missing rather than that its input is wrong.
   */
  static PageRequest page(String page, String size) {
    return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
  }

  /**
   * The search text: at most 200 characters and no control characters (PostgreSQL refuses U+0000 in
   * a text, which was a 500).
   */
  static String query(String query) {
    return QUERY.check(query, "query");
  }

  private static int number(String field, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException notANumber) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT, field, field + " must be a whole number");
    }
  }

  /** The UUID of a path; an id that is no UUID names nothing, so it is a 404. */
  static UUID id(String kind, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      throw ApplicationProblem.notFound("no " + kind + " " + value);
    }
  }

  /** Runs a call that may need Odoo; Odoo unreachable becomes a 503 problem. */
  static <T> T needingOdoo(Supplier<T> call) {
    try {
      return call.get();
    } catch (SupplierSourceUnavailableException odooDown) {
      throw new ApplicationProblem(
          ProblemType.UNAVAILABLE, "Odoo can't be reached: " + odooDown.getMessage());
    }
  }
}
