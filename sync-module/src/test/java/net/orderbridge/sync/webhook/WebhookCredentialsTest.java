package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.orderbridge.shared.error.ApplicationProblem;
import org.junit.jupiter.api.Test;

/**
 * The token and signature checks of {@link WebhookCredentials}: exact matches only, a blank secret
 * meaning unsigned, a signature only as {@code sha256=<hex>}, secrets never shown.
 */
class WebhookCredentialsTest {
  private static final byte[] BODY =
      "{\"_model\":\"purchase.order\",\"_id\":11}".getBytes(StandardCharsets.UTF_8);

  private static String sign(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void tokenMustMatchExactly() {
    WebhookCredentials credentials = new WebhookCredentials("s3cret-token", null);

    assertThat(credentials.tokenMatches("s3cret-token")).isTrue();
    assertThat(credentials.tokenMatches("s3cret-toke")).isFalse();
    assertThat(credentials.tokenMatches(null)).isFalse();
  }

  @Test
  void withASigningSecretOnlyTheRightSignaturePasses() throws Exception {
    WebhookCredentials credentials = new WebhookCredentials("t", "key");

    assertThat(credentials.signatureAccepted(BODY, sign("key", BODY))).isTrue();
    assertThat(credentials.signatureAccepted(BODY, sign("other", BODY))).isFalse();
    assertThat(credentials.signatureAccepted(BODY, null)).isFalse();
    assertThat(credentials.signatureAccepted(BODY, "sha256=zz")).isFalse();
  }

  @Test
  void withoutASigningSecretUnsignedHintsPassAndSignedOnesCannotBeChecked() throws Exception {
    WebhookCredentials credentials = new WebhookCredentials("t", null);

    assertThat(credentials.signatureAccepted(BODY, null)).isTrue();
    assertThat(credentials.signatureAccepted(BODY, sign("key", BODY))).isFalse();
  }

  @Test
  void aBlankSigningSecretMeansUnsignedWebhooks() throws Exception {
    WebhookCredentials credentials = new WebhookCredentials("t", "   ");

    assertThat(credentials.signed()).isFalse();
    assertThat(credentials.signatureAccepted(BODY, null)).isTrue();
    assertThat(credentials.signatureAccepted(BODY, sign("   ", BODY))).isFalse();
  }

  @Test
  void aSignatureCountsOnlyWithItsSha256Prefix() throws Exception {
    WebhookCredentials credentials = new WebhookCredentials("t", "key");
    String hex = sign("key", BODY).substring("sha256=".length());

    assertThat(credentials.signed()).isTrue();
    assertThat(credentials.signatureAccepted(BODY, hex)).isFalse();
    assertThat(credentials.signatureAccepted(BODY, "sha1=" + hex)).isFalse();
    assertThat(credentials.signatureAccepted(BODY, "SHA256=" + hex)).isFalse();
    assertThat(credentials.signatureAccepted(BODY, "sha256=" + hex.toUpperCase() + " ")).isTrue();
  }

  @Test
  void aTimestampedSignatureCoversTheTimestamp() throws Exception {
    WebhookCredentials credentials = new WebhookCredentials("t", "key");
    byte[] signed =
        ("1700000000." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    String signature = sign("key", signed);

    assertThat(credentials.signatureAccepted(1700000000L, BODY, signature)).isTrue();
    assertThat(credentials.signatureAccepted(1700000001L, BODY, signature)).isFalse();
    assertThat(credentials.signatureAccepted(BODY, signature)).isFalse();
  }

  @Test
  void secretsNeverShowInToString() {
    assertThat(new WebhookCredentials("s3cret-token", "hmac-key").toString())
        .doesNotContain("s3cret-token")
        .doesNotContain("hmac-key");
  }

  @Test
  void onlyModelAndIdAreReadFromThePayload() {
    WebhookHint hint =
        ReceiveWebhook.parse(
            "{\"_model\":\"purchase.order\",\"_id\":42,\"state\":\"cancel\"}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(hint).isEqualTo(new WebhookHint("purchase.order", 42));
    assertThatThrownBy(
            () -> ReceiveWebhook.parse("{\"_model\":\"res.users\",\"_id\":1}".getBytes()))
        .isInstanceOf(ApplicationProblem.class);
    assertThatThrownBy(
            () -> ReceiveWebhook.parse("{\"_model\":\"purchase.order\",\"_id\":-1}".getBytes()))
        .isInstanceOf(ApplicationProblem.class);
    assertThatThrownBy(() -> ReceiveWebhook.parse("[1,2]".getBytes()))
        .isInstanceOf(ApplicationProblem.class);
  }
}
