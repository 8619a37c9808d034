package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hint names a followed model and an id Odoo can have, or it cannot be made. */
class WebhookHintTest {

  @Test
  void aHintAboutAFollowedModelAndAnOdooIdIsMade() {
    assertThat(new WebhookHint("res.partner", 1).recordId()).isEqualTo(1);
    assertThat(new WebhookHint("purchase.order", WebhookHint.MAX_RECORD_ID).model())
        .isEqualTo("purchase.order");
  }

  @Test
  void aHintWithoutAModelIsRefused() {
    assertThatThrownBy(() -> new WebhookHint(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
  }

  @Test
  void aHintAboutAModelWeDoNotFollowIsRefusedNamingIt() {
    assertThatThrownBy(() -> new WebhookHint("res.users", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("res.users");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 2147483648L, Long.MAX_VALUE})
  void aHintWithAnIdOdooCannotHaveIsRefusedNamingIt(long id) {
    assertThatThrownBy(() -> new WebhookHint("purchase.order", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(id));
  }
}
