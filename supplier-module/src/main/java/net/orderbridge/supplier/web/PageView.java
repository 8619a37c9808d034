package net.orderbridge.supplier.web;

import java.util.List;
import java.util.function.Function;
import net.orderbridge.shared.domain.Page;

/** One page of a result: the items, the zero-based page index, its size and the total. */
public record PageView<T>(List<T> items, int page, int size, long total) {

  static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapping) {
    return new PageView<>(
        page.items().stream().map(mapping).toList(),
        page.request().index(),
        page.request().size(),
        page.total());
  }
}
