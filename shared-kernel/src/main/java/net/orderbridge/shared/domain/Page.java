package net.orderbridge.shared.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a result together with the total number of matches. */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(request, "request");
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " below the page's " + items.size());
    }
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), total, request);
  }

  public boolean hasNext() {
    return (long) request.offset() + items.size() < total;
  }
}
