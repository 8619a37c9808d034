package net.orderbridge.it.push;

import static net.orderbridge.it.push.PushFixture.odoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The structured sync log on the real server: each push of an order is one JSON object in the
 * server's {@code logs/messages.log} whose fields (Liberty's {@code LogRecordContext} extensions,
 * {@code ext_*}) carry the operation, the order's id and Odoo's, the duration; a failed push
 * carries the error's type and message as fields. No log of the server holds a secret.
 */
class PushSyncLogIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LibertyServer SERVER = LibertyServer.fromSystemProperties();

  @AfterEach
  void clearFaults() {
    odoo().faults().clear();
  }

  @Test
  void aPushIsOneJsonEntryWithItsFieldsAsFields() {
    PushFixture.product(6);
    JsonNode placed = PushFixture.place(PushFixture.unique("sync log"));
    String id = placed.get("id").asText();
    JsonNode synced = PushFixture.awaitSynced(id, "draft");
    long odooId = synced.get("sync").get("odooId").asLong();

    List<JsonNode> entries =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> entriesOf(id, "create"), found -> !found.isEmpty());

    assertThat(entries).as("one entry for the push of order %s", id).hasSize(1);
    JsonNode pushed = entries.get(0);
    assertThat(pushed.get("type").asText()).isEqualTo("liberty_message");
    assertThat(pushed.get("loglevel").asText()).isEqualTo("INFO");
    assertThat(pushed.get("module").asText()).isEqualTo("net.orderbridge.sync.log");
    assertThat(pushed.get("ext_entityType").asText()).isEqualTo("purchase-order");
    assertThat(pushed.get("ext_odooId_long").isNumber()).as(pushed.toString()).isTrue();
    assertThat(pushed.get("ext_odooId_long").asLong()).isEqualTo(odooId);
    assertThat(pushed.get("ext_durationMs_long").isNumber()).as(pushed.toString()).isTrue();
    assertThat(pushed.get("ext_durationMs_long").asLong()).isNotNegative();
    assertThat(pushed.get("ext_status").asText()).isEqualTo("SYNCED");
    assertThat(pushed.has("ext_errorType")).isFalse();
    assertThat(pushed.get("message").asText())
        .as("the line stays readable")
        .contains("Pushed order " + id, "create");
    assertThat(pushed.get("ibm_datetime").asText()).isNotBlank();
  }

  @Test
  void aFailedPushLogsItsErrorTypeAndMessageAsFieldsAndNoLogHoldsASecret() {
    PushFixture.product(6);
    PushFixture.forgetFaultHits();
    odoo().faults().failNextOf("purchase.order create", 1, 503);
    JsonNode placed = PushFixture.place(PushFixture.unique("sync log failure"));
    String id = placed.get("id").asText();
    PushFixture.awaitSynced(id, "draft");

    List<JsonNode> entries = entriesOf(id, "create");
    assertThat(entries)
        .as("the failed attempt, then the push that went through: %s", entries)
        .hasSize(2);
    JsonNode failed = entries.get(0);
    assertThat(failed.get("loglevel").asText()).isEqualTo("WARNING");
    assertThat(failed.get("ext_errorType").asText()).isEqualTo("TRANSIENT");
    assertThat(failed.get("ext_errorMessage").asText()).contains("503");
    assertThat(failed.get("ext_status").asText()).isEqualTo("RETRYING");
    assertThat(failed.get("ext_attempt_long").asInt()).isEqualTo(1);
    assertThat(entries.get(1).get("ext_status").asText()).isEqualTo("SYNCED");
    assertThat(entries.get(1).get("ext_attempt_long").asInt()).isEqualTo(2);

    assertThat(SERVER.logsContaining(ItOdoo.API_KEY)).as("logs holding the Odoo API key").isEmpty();
    assertThat(SERVER.logsContaining("it-webhook-secret")).as("logs holding a secret").isEmpty();
    assertThat(SERVER.logsContaining("it-alert-webhook-secret")).isEmpty();
  }

  /** The JSON entries of the sync log for this order and operation, oldest first. */
  private static List<JsonNode> entriesOf(String orderId, String operation) {
    List<JsonNode> found = new ArrayList<>();
    for (Path file : messageLogs()) {
      for (String line : lines(file)) {
        if (!line.startsWith("{") || !line.contains(orderId)) {
          continue;
        }
        JsonNode entry = parse(line);
        if (orderId.equals(entry.path("ext_entityId").asText())
            && operation.equals(entry.path("ext_operation").asText())) {
          found.add(entry);
        }
      }
    }
    found.sort(
        (a, b) -> a.path("ibm_sequence").asText().compareTo(b.path("ibm_sequence").asText()));
    return found;
  }

  /** {@code messages.log} and the files it rolled over into. */
  private static List<Path> messageLogs() {
    try (Stream<Path> files = Files.list(SERVER.dir().resolve("logs"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("messages")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line of messages.log: " + line, e);
    }
  }
}
