package net.orderbridge.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

class TextLimitTest {
  private static final TextLimit NOTES = new TextLimit(10, true);
  private static final TextLimit ONE_LINE = new TextLimit(10, false);

  private static void refused(TextLimit limit, String text, String reason) {
    assertThatThrownBy(() -> limit.check(text, "notes"))
        .isInstanceOfSatisfying(
            ApplicationProblem.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.INVALID_INPUT);
              assertThat(p.field()).isEqualTo("notes");
              assertThat(p.getMessage()).contains(reason);
            });
  }

  @Test
  void tabsNewlinesAndCharactersBeyondTheBasicPlanePass() {
    assertThat(NOTES.check("a\tb\r\nc 😀", "notes")).isEqualTo("a\tb\r\nc 😀");
    assertThat(NOTES.check(null, "notes")).isNull();
  }

  @Test
  void controlCharactersXmlCannotCarryAreRefusedNamingThem() {
    refused(NOTES, "bell\u0007", "U+0007 at position 4");
    refused(NOTES, "nul\u0000", "U+0000");
    refused(NOTES, "\uFFFF", "U+FFFF");
    refused(NOTES, "lone \uD800", "U+D800");
    refused(ONE_LINE, "two\nlines", "U+000A");
  }

  @Test
  void aTextIsMeasuredInCharactersNotUtf16Units() {
    assertThat(NOTES.check("😀".repeat(10), "notes")).hasSize(20);
    refused(NOTES, "x".repeat(11), "longer than 10 characters");
  }
}
