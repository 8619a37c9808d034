package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the receiver is on: a {@code WEBHOOK_TOKEN} of at least {@value
 * WebhookGate#MIN_TOKEN_LENGTH} characters turns it on; none (or a blank one) leaves it off with no
 * problem to report; a short one leaves it off, logged and shown with why.
 */
class WebhookGateTest {
  private static final String TOKEN = "t".repeat(WebhookGate.MIN_TOKEN_LENGTH);
  private final CapturedLog log = CapturedLog.of(WebhookGate.class.getName());

  @AfterEach
  void closeLog() {
    log.close();
  }

  @Test
  void aLongEnoughTokenTurnsTheReceiverOn() {
    WebhookGate gate = new WebhookGate(new MapConfig(Map.of("WEBHOOK_TOKEN", TOKEN)));

    assertThat(gate.credentials())
        .hasValueSatisfying(c -> assertThat(c.tokenMatches(TOKEN)).isTrue());
    assertThat(gate.credentials().orElseThrow().signed()).isFalse();
    assertThat(gate.problem()).isEmpty();
    assertThat(log.records()).isEmpty();
  }

  @Test
  void theSigningSecretComesWithTheToken() {
    WebhookGate gate =
        new WebhookGate(new MapConfig(Map.of("WEBHOOK_TOKEN", TOKEN, "WEBHOOK_SECRET", "key")));

    assertThat(gate.credentials().orElseThrow().signed()).isTrue();
  }

  @Test
  void withoutATokenOrWithABlankOneTheReceiverIsOffWithNothingToReport() {
    WebhookGate unset = new WebhookGate(new MapConfig(Map.of()));
    WebhookGate blank = new WebhookGate(new MapConfig(Map.of("WEBHOOK_TOKEN", " ".repeat(40))));

    assertThat(unset.credentials()).isEmpty();
    assertThat(unset.problem()).isEmpty();
    assertThat(blank.credentials()).isEmpty();
    assertThat(blank.problem()).isEmpty();
    assertThat(log.records()).isEmpty();
  }

  @Test
  void aShortTokenKeepsTheReceiverOffAndSaysWhy() {
    WebhookGate gate = new WebhookGate(new MapConfig(Map.of("WEBHOOK_TOKEN", "t".repeat(31))));

    assertThat(gate.credentials()).isEmpty();
    assertThat(gate.problem())
        .hasValueSatisfying(why -> assertThat(why).contains("31 characters", "at least 32"));
    assertThat(log.records())
        .singleElement()
        .satisfies(r -> assertThat(r.getMessage()).contains("31 characters"));
  }

  @Test
  void charactersAreCountedNotUtf16Units() {
    String emoji = "\uD83D\uDD11";

    assertThat(WebhookGate.weakness(emoji.repeat(16)))
        .hasValueSatisfying(why -> assertThat(why).contains("16 characters"));
    assertThat(WebhookGate.weakness(emoji.repeat(32))).isEmpty();
  }

  @Test
  void theBeanCanBeBuiltForItsClientProxy() {
    assertThatCode(WebhookGate::new).doesNotThrowAnyException();
  }
}
