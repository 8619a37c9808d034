package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageSizeOutsideOneToTheMaximumIsRefused() {
    assertThatThrownBy(() -> new PageRequest(0, 0))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("size"));
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOf(ApplicationProblem.class);
  }

  @Test
  void aNegativePageIndexIsRefused() {
    assertThatThrownBy(() -> new PageRequest(-1, 10))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("page"));
  }

  @Test
  void aPageBeyondTheLastReachableRowIsRefused() {
    assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE))
        .isInstanceOfSatisfying(
            ApplicationProblem.class, p -> assertThat(p.field()).isEqualTo("page"));
    assertThat(new PageRequest(Integer.MAX_VALUE, 1).offset()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aPageKnowsWhetherMoreFollow() {
    assertThat(new Page<>(List.of("a", "b"), 5, new PageRequest(1, 2)).hasNext()).isTrue();
    assertThat(new Page<>(List.of("e"), 5, new PageRequest(2, 2)).hasNext()).isFalse();
  }

  @Test
  void aPageMapsItsItemsAndKeepsItsTotal() {
    Page<Integer> lengths =
        new Page<>(List.of("ab", "c"), 7, PageRequest.first(2)).map(String::length);
    assertThat(lengths.items()).containsExactly(2, 1);
    assertThat(lengths.total()).isEqualTo(7);
  }
}
