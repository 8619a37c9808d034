package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused key is re-read from {@code ODOO_API_KEY_FILE} and the call tried once more before the
 * refusal reaches the call log, which raises {@code odoo-authentication-refused}.
 */
class GatewayKeyRotationTest {
  private static final String OLD = "old-key-5d1c7b0e2a9f4e3d";
  private static final String NEW = "new-key-5d1c7b0e2a9f4e3e"; // the same length

  @TempDir Path dir;
  private final OdooCallLog calls = new OdooCallLog();
  private final List<String> keysSent = new ArrayList<>();
  private String accepted = OLD;

  @Test
  void aKeyRotatedUnseenIsReadAgainAfterTheRefusalAndTheCallSucceeds() throws IOException {
    Path file = keyFile(OLD);
    OdooSettings settings = settings(Map.of("ODOO_API_KEY_FILE", file.toString()));
    OdooGateway gateway = new OdooGateway(odoo(settings), calls, settings);
    assertThat(gateway.searchCount("purchase.order", List.of(), null)).isEqualTo(7);

    accepted = NEW;
    rewriteUnseen(file, NEW);

    assertThat(gateway.searchCount("purchase.order", List.of(), null)).isEqualTo(7);
    assertThat(keysSent).containsExactly(OLD, OLD, NEW);
    assertThat(calls.credentialsRefusedSince()).as("no alert").isEmpty();
  }

  @Test
  void aRefusedKeyThatTheFileStillHoldsIsRefusedAfterOneRead() throws IOException {
    Path file = keyFile(OLD);
    OdooSettings settings = settings(Map.of("ODOO_API_KEY_FILE", file.toString()));
    OdooGateway gateway = new OdooGateway(odoo(settings), calls, settings);
    accepted = NEW;

    assertThatThrownBy(() -> gateway.searchCount("purchase.order", List.of(), null))
        .isInstanceOf(OdooAuthenticationException.class);
    assertThat(keysSent).as("no second try with the same key").containsExactly(OLD);
    assertThat(calls.credentialsRefusedSince()).isPresent();
  }

  @Test
  void aNewKeyThatIsRefusedTooIsRefusedAfterOneMoreTry() throws IOException {
    Path file = keyFile(OLD);
    OdooSettings settings = settings(Map.of("ODOO_API_KEY_FILE", file.toString()));
    OdooGateway gateway = new OdooGateway(odoo(settings), calls, settings);
    accepted = "a-third-key";
    rewriteUnseen(file, NEW);

    assertThatThrownBy(() -> gateway.searchCount("purchase.order", List.of(), null))
        .isInstanceOf(OdooAuthenticationException.class);
    assertThat(keysSent).containsExactly(OLD, NEW);
    assertThat(calls.credentialsRefusedSince()).isPresent();
  }

  @Test
  void aKeyFromTheEnvironmentIsNotTriedAgain() {
    OdooSettings settings = settings(Map.of("ODOO_API_KEY", OLD));
    OdooGateway gateway = new OdooGateway(odoo(settings), calls, settings);
    accepted = NEW;

    assertThatThrownBy(() -> gateway.searchCount("purchase.order", List.of(), null))
        .isInstanceOf(OdooAuthenticationException.class);
    assertThat(keysSent).containsExactly(OLD);
    assertThat(calls.credentialsRefusedSince()).isPresent();
  }

  private Path keyFile(String key) throws IOException {
    Path file = dir.resolve("odoo-api-key");
    Files.writeString(file, key);
    return file;
  }

  /** The new key in place, with the file's size and modification time as they were. */
  private static void rewriteUnseen(Path file, String key) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file);
    Files.writeString(file, key);
    Files.setLastModifiedTime(file, modified);
  }

  private static OdooSettings settings(Map<String, String> secret) {
    Map<String, String> values = new HashMap<>(secret);
    values.put("ODOO_URL", "http://127.0.0.1:9");
    values.put("ODOO_DB", "odoo");
    values.put("ODOO_USERNAME", "admin");
    OdooSettings settings = new OdooSettings(new MapConfig(values));
    settings.current(); // read at the start, as the first call would
    return settings;
  }

  /** An Odoo that counts 7 orders for the accepted key and refuses any other, as JSON-2 does. */
  private OdooClient odoo(OdooSettings settings) {
    return (OdooClient)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {OdooClient.class},
            (proxy, method, args) -> {
              String key = settings.current().secret().reveal();
              keysSent.add(key);
              if (!key.equals(accepted)) {
                throw new OdooAuthenticationException(
                    "werkzeug.exceptions.Unauthorized", "Odoo refused the API key");
              }
              return 7L;
            });
  }
}
