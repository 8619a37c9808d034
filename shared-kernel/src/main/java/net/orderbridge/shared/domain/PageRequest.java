package net.orderbridge.shared.domain;

import net.orderbridge.shared.error.ApplicationProblem;

/**
 * Which page of a result to return: a zero-based index and a size of 1 to {@value #MAX_SIZE}; the
 * page may start at most {@value Integer#MAX_VALUE} rows in (JPA's first result is an {@code int}).
 */
public record PageRequest(int index, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (index < 0) {
      throw ApplicationProblem.invalid("page", "the page index cannot be negative: " + index);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApplicationProblem.invalid("size", "the page size must be 1 to " + MAX_SIZE);
    }
    if ((long) index * size > Integer.MAX_VALUE) {
      throw ApplicationProblem.invalid(
          "page", "the page starts beyond the last row any search can reach: " + index);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  public int offset() {
    return index * size;
  }
}
