package net.orderbridge.supplier.web;

import java.util.UUID;
import java.util.function.Supplier;
import net.orderbridge.shared.domain.PageRequest;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import net.orderbridge.supplier.api.SupplierSourceUnavailableException;

/** Path and query values of the supplier resources, checked the same way everywhere. */
final class RequestValues {
  static final int DEFAULT_SIZE = 20;

  private RequestValues() {}

  static PageRequest page(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
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
