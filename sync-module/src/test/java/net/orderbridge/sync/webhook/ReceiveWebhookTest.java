package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.orderbridge.sync.fixture.InMemoryWebhookHints;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a webhook's caller gets from the receiver: each refusal (off, unconfigured, address, token,
 * size, signature, timestamp, body, full queue) with its reason, status and field, and nothing
 * queued for a refused webhook.
 */
class ReceiveWebhookTest {
  private static final String TOKEN = "t".repeat(WebhookGate.MIN_TOKEN_LENGTH);
  private static final String SECRET = "webhook-signing-secret";
  private static final Instant NOW = Instant.parse("2026-12-04T17:00:00Z");
  private static final String BODY = "{\"_model\": \"purchase.order\", \"_id\": 42}";

  private final List<WebhookHint> queued = new ArrayList<>();
  private int waiting;

  private ReceiveWebhook receiver(Map<String, String> settings) {
    Map<String, String> config = new HashMap<>(settings);
    config.putIfAbsent("WEBHOOK_TOKEN", TOKEN);
    MapConfig values = new MapConfig(config);
    return new ReceiveWebhook(
        new Queue(),
        new WebhookGate(values),
        new WebhookSettings(values),
        null,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static String sign(String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256="
        + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  private static WebhookRefused refusal(Runnable call) {
    return catchThrowableOfType(WebhookRefused.class, call::run);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "-1", "2147483648", "99999999999", "\"42\"", "[42]", "1e30", "4.5", "null"})
  void idsOdooCannotHaveAreRefusedAtTheDoor(String id) {
    byte[] body =
        ("{\"_model\": \"purchase.order\", \"_id\": " + id + "}").getBytes(StandardCharsets.UTF_8);

    WebhookRefused refused = refusal(() -> ReceiveWebhook.parse(body));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.INVALID);
    assertThat(refused.type().status()).isEqualTo(422);
    assertThat(refused.field()).isEqualTo("_id");
  }

  @Test
  void theLargestOdooIdPasses() {
    byte[] body =
        "{\"_model\": \"purchase.order\", \"_id\": 2147483647}".getBytes(StandardCharsets.UTF_8);

    assertThat(ReceiveWebhook.parse(body).recordId()).isEqualTo(2147483647L);
  }

  @Test
  void aShortTokenKeepsTheReceiverOff() {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_TOKEN", "t".repeat(31)));

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", "t".repeat(31), bytes(BODY), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.OFF);
    assertThat(refused.type().status()).isEqualTo(503);
    assertThat(queued).isEmpty();
  }

  @Test
  void anAddressOutsideTheAllowListIsRefusedBeforeItsTokenIsLookedAt() {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_ALLOWED_ADDRESSES", "10.0.0.0/8"));

    WebhookRefused outside =
        refusal(() -> receiver.receive("192.0.2.1", TOKEN, bytes(BODY), null, null));
    ReceiveWebhook.Outcome inside = receiver.receive("10.9.8.7", TOKEN, bytes(BODY), null, null);

    assertThat(outside.reason()).isEqualTo(WebhookRefused.Reason.ADDRESS);
    assertThat(outside.type().status()).isEqualTo(403);
    assertThat(inside).isEqualTo(ReceiveWebhook.Outcome.QUEUED);
  }

  @Test
  void aFullQueueAsksTheSenderToWaitOnePollInterval() {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_MAX_PENDING", "2"));
    waiting = 2;

    WebhookRefused full =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(BODY), null, null));

    assertThat(full.reason()).isEqualTo(WebhookRefused.Reason.FULL);
    assertThat(full.type().status()).isEqualTo(429);
    assertThat(full.retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void withAReplayWindowOnlyAFreshSignedTimestampPasses() throws Exception {
    ReceiveWebhook receiver =
        receiver(Map.of("WEBHOOK_SECRET", SECRET, "WEBHOOK_REPLAY_WINDOW", "PT5M"));
    long now = NOW.getEpochSecond();
    long stale = now - 301;

    ReceiveWebhook.Outcome fresh =
        receiver.receive(
            "127.0.0.1", TOKEN, bytes(BODY), sign(now + "." + BODY), String.valueOf(now));
    WebhookRefused old =
        refusal(
            () ->
                receiver.receive(
                    "127.0.0.1",
                    TOKEN,
                    bytes(BODY),
                    signQuietly(stale + "." + BODY),
                    String.valueOf(stale)));
    WebhookRefused moved =
        refusal(
            () ->
                receiver.receive(
                    "127.0.0.1",
                    TOKEN,
                    bytes(BODY),
                    signQuietly(stale + "." + BODY),
                    String.valueOf(now)));
    WebhookRefused missing =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(BODY), signQuietly(BODY), null));

    assertThat(fresh).isEqualTo(ReceiveWebhook.Outcome.QUEUED);
    assertThat(old.reason()).isEqualTo(WebhookRefused.Reason.TIMESTAMP);
    assertThat(old.field()).isEqualTo(ReceiveWebhook.TIMESTAMP_HEADER);
    assertThat(moved.reason()).isEqualTo(WebhookRefused.Reason.SIGNATURE);
    assertThat(missing.reason()).isEqualTo(WebhookRefused.Reason.TIMESTAMP);
    assertThat(queued).hasSize(1);
  }

  @Test
  void aMalformedSettingRefusesWebhooksWithoutA500() {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_ALLOWED_ADDRESSES", "office.example"));

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(BODY), null, null));

    assertThat(refused.type().status()).isEqualTo(503);
    assertThat(queued).isEmpty();
  }

  @Test
  void withoutATokenWebhooksAreNotFoundAndNothingIsQueued() {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_TOKEN", "  "));

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", "  ", bytes(BODY), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.OFF);
    assertThat(refused.type().status()).isEqualTo(404);
    assertThat(refused.getMessage()).contains("not configured");
    assertThat(queued).isEmpty();
  }

  @Test
  void aWrongTokenIsUnauthenticatedAndNothingIsQueued() {
    ReceiveWebhook receiver = receiver(Map.of());

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN + "x", bytes(BODY), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.TOKEN);
    assertThat(refused.type().status()).isEqualTo(401);
    assertThat(queued).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
    ReceiveWebhook receiver = receiver(Map.of());
    byte[] tooLarge = new byte[ReceiveWebhook.MAX_BODY_BYTES + 1];
    byte[] atTheLimit = new byte[ReceiveWebhook.MAX_BODY_BYTES];
    byte[] body = bytes(BODY);
    System.arraycopy(body, 0, atTheLimit, 0, body.length);
    Arrays.fill(atTheLimit, body.length, atTheLimit.length, (byte) ' ');

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, tooLarge, null, null));
    ReceiveWebhook.Outcome largest = receiver.receive("127.0.0.1", TOKEN, atTheLimit, null, null);

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.TOO_LARGE);
    assertThat(refused.type().status()).isEqualTo(413);
    assertThat(refused.getMessage()).contains(String.valueOf(ReceiveWebhook.MAX_BODY_BYTES));
    assertThat(largest).isEqualTo(ReceiveWebhook.Outcome.QUEUED);
    assertThat(queued).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sha256=00", "wrong"})
  void withASecretAWrongOrMissingSignatureIsUnauthenticatedAndNothingIsQueued(String signature) {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_SECRET", SECRET));
    String header = signature.isEmpty() ? null : signature;

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(BODY), header, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.SIGNATURE);
    assertThat(refused.type().status()).isEqualTo(401);
    assertThat(refused.field()).isEqualTo("X-Odoo-Signature");
    assertThat(queued).isEmpty();
  }

  @Test
  void withASecretTheRightSignatureQueuesTheHint() throws Exception {
    ReceiveWebhook receiver = receiver(Map.of("WEBHOOK_SECRET", SECRET));

    ReceiveWebhook.Outcome outcome =
        receiver.receive("127.0.0.1", TOKEN, bytes(BODY), sign(BODY), null);

    assertThat(outcome).isEqualTo(ReceiveWebhook.Outcome.QUEUED);
    assertThat(queued).containsExactly(new WebhookHint("purchase.order", 42));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"_model\": ", "[1, 2]", "\"purchase.order\"", ""})
  void aBodyThatIsNoJsonObjectIsInvalidInputAndNothingIsQueued(String body) {
    ReceiveWebhook receiver = receiver(Map.of());

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(body), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.INVALID);
    assertThat(refused.type().status()).isEqualTo(400);
    assertThat(refused.field()).isNull();
    assertThat(queued).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"_id\": 42}", "{\"_model\": 7, \"_id\": 42}", "{\"_model\": null}"})
  void aBodyWithoutATextualModelIsUnprocessableOnModel(String body) {
    ReceiveWebhook receiver = receiver(Map.of());

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(body), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.INVALID);
    assertThat(refused.type().status()).isEqualTo(422);
    assertThat(refused.field()).isEqualTo("_model");
    assertThat(refused.getMessage()).contains("_model is required");
    assertThat(queued).isEmpty();
  }

  @Test
  void anUnfollowedModelIsEchoedShortAndWithoutControlCharacters() {
    String model = "x\n".repeat(40);
    byte[] body =
        ("{\"_model\": \"" + model.replace("\n", "\\n") + "\", \"_id\": 1}")
            .getBytes(StandardCharsets.UTF_8);

    WebhookRefused refused = refusal(() -> ReceiveWebhook.parse(body));

    assertThat(refused.field()).isEqualTo("_model");
    assertThat(refused.getMessage()).doesNotContain("\n").contains("x?x?").endsWith("…");
  }

  @Test
  void whileRealtimeSyncIsStoppedAWebhookIsUnavailableAndNothingIsQueued() {
    Queue queue = new Queue();
    queue.switchRealtime(false, "operator");
    MapConfig values = new MapConfig(Map.of("WEBHOOK_TOKEN", TOKEN));
    ReceiveWebhook receiver =
        new ReceiveWebhook(
            queue,
            new WebhookGate(values),
            new WebhookSettings(values),
            null,
            Clock.fixed(NOW, ZoneOffset.UTC));

    WebhookRefused refused =
        refusal(() -> receiver.receive("127.0.0.1", TOKEN, bytes(BODY), null, null));

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.STOPPED);
    assertThat(refused.type().status()).isEqualTo(503);
    assertThat(queued).isEmpty();
  }

  @Test
  void theBeanCanBeBuiltForItsClientProxy() {
    assertThatCode(ReceiveWebhook::new).doesNotThrowAnyException();
  }

  private static String signQuietly(String signed) {
    try {
      return sign(signed);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The queue: counts what it is given, full at {@link #waiting} hints. */
  private final class Queue extends InMemoryWebhookHints {
    @Override
    public Enqueued enqueue(WebhookHint hint, int maxPending) {
      if (ReceiveWebhookTest.this.waiting >= maxPending) {
        return Enqueued.FULL;
      }
      queued.add(hint);
      ReceiveWebhookTest.this.waiting++;
      return Enqueued.QUEUED;
    }
  }
}
