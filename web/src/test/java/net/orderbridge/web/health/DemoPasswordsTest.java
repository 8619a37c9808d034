package net.orderbridge.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoPasswordsTest {

  @Test
  void everyPasswordStillAtItsDemoValueIsNamed() {
    Map<String, String> settings =
        Map.of(
            "DB_PASSWORD", "postgres",
            "PURCHASER_PASSWORD", "a-secret",
            "OPERATOR_PASSWORD", "operator-demo");

    assertThat(DemoPasswords.stillSet(name -> Optional.ofNullable(settings.get(name))))
        .containsExactly("DB_PASSWORD", "OPERATOR_PASSWORD");
  }

  @Test
  void unsetOrOwnPasswordsAreNotDemoPasswords() {
    Map<String, String> settings = Map.of("DB_PASSWORD", "s3cret", "AUDITOR_PASSWORD", "");

    assertThat(DemoPasswords.stillSet(name -> Optional.ofNullable(settings.get(name)))).isEmpty();
  }

  @Test
  void theRunCommandsServerMayKeepThem() {
    Map<String, String> settings = Map.of("DB_PASSWORD", "postgres", DemoPasswords.ALLOWED, "true");

    assertThat(DemoPasswords.stillSet(name -> Optional.ofNullable(settings.get(name)))).isEmpty();
  }
}
