package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersTest {
  private static final String TEXT = "6f1c2a4e-0b7d-4f3a-9e21-5d8c7b6a5f40";

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("product", (Function<String, Object>) ProductId::of, ProductId.random()),
        Arguments.of("supplier", (Function<String, Object>) SupplierId::of, SupplierId.random()),
        Arguments.of(
            "purchase order",
            (Function<String, Object>) PurchaseOrderId::of,
            PurchaseOrderId.random()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void anIdIsWrittenAsItsUuidAndReadBackEqual(
      String kind, Function<String, Object> parse, Object random) {
    Object id = parse.apply(TEXT);

    assertThat(id).hasToString(TEXT).isEqualTo(parse.apply(TEXT.toUpperCase()));
    assertThat(random).isNotEqualTo(id).isEqualTo(parse.apply(random.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void anIdThatIsNoUuidIsRefused(String kind, Function<String, Object> parse, Object random) {
    assertThatThrownBy(() -> parse.apply("PO-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullIds")
  void anIdRefusesANullValue(String kind, Runnable make) {
    assertThatThrownBy(make::run)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  static Stream<Arguments> nullIds() {
    UUID none = null;
    return Stream.of(
        Arguments.of("product", (Runnable) () -> new ProductId(none)),
        Arguments.of("supplier", (Runnable) () -> new SupplierId(none)),
        Arguments.of("purchase order", (Runnable) () -> new PurchaseOrderId(none)));
  }
}
