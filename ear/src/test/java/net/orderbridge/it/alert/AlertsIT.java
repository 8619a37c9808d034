package net.orderbridge.it.alert;

import static net.orderbridge.it.alert.AlertListener.alertsNamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Odoo refusing our API key, as the calls of a poll meet it, raises the critical alert {@code
 * odoo-authentication-refused}: it shows in {@code GET /api/sync/alerts}, reaches the webhook
 * listener this test runs (the IT server's {@code ALERT_WEBHOOK_URL}), signed, once, and the SMTP
 * server this test runs (GreenMail on {@code orderbridge.it.alert.smtp.port}, the server's {@code
 * ALERT_SMTP_HOST}/{@code ALERT_SMTP_PORT}), once; when Odoo takes the key again the same alert
 * resolves, and the resolution is one more POST and one more e-mail.
 */
class AlertsIT {
  private static final String NAME = "odoo-authentication-refused";

  private AlertListener listener;
  private GreenMail smtp;

  @BeforeEach
  void listen() throws IOException {
    SyncFixture.odoo();
    listener = AlertListener.start();
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("orderbridge.it.alert.smtp.port", 18025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    SyncFixture.odoo().faults().clear();
    listener.close();
    smtp.stop();
  }

  @Test
  void refusedCredentialsFireOneCriticalAlertThatResolvesWhenOdooTakesTheKeyAgain()
      throws Exception {
    // an alert left firing by an earlier test resolves first: this test wants its own
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> AlertListener.firing(NAME).isEmpty());

    SyncFixture.odoo().faults().rejectApiKey(true);
    // the alert reads the calls the flows make: a poll now is one
    JsonNode fired = AlertListener.awaitFiringAfterPolls(NAME, Duration.ofSeconds(90));
    long id = fired.get("id").asLong();
    Instant firstSeen = Instant.parse(fired.get("firstSeen").asText());
    assertThat(fired.get("level").asText()).isEqualTo("CRITICAL");
    assertThat(fired.get("summary").asText()).contains("credentials");
    assertThat(fired.hasNonNull("resolvedAt")).isFalse();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(listener.postsOf(id, "FIRING")).hasSize(1));
    AlertListener.Post post = listener.postsOf(id, "FIRING").get(0);
    assertThat(post.signedRight()).as("HMAC of the body with ALERT_WEBHOOK_SECRET").isTrue();
    assertThat(post.body().get("text").asText()).startsWith("[CRITICAL] FIRING " + NAME);
    assertThat(post.body().toString()).doesNotContain("it-odoo-api-key");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(mailsOf(firstSeen, "FIRING")).hasSize(1));
    MimeMessage mail = mailsOf(firstSeen, "FIRING").get(0);
    assertThat(mail.getSubject()).startsWith("[orderbridge] [CRITICAL] FIRING " + NAME + ": ");
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .contains("ops@orderbridge.test");
    assertThat(GreenMailUtil.getBody(mail))
        .contains("level: CRITICAL", "refusedSince: ")
        .doesNotContain("it-odoo-api-key");

    // the condition stays true for several evaluations: still one alert, one POST, one e-mail
    sleep(Duration.ofSeconds(10));
    assertThat(alertsNamed(Api.operator(), NAME))
        .filteredOn(a -> a.get("state").asText().equals("FIRING"))
        .hasSize(1);
    assertThat(listener.postsOf(id, "FIRING")).hasSize(1);
    assertThat(mailsOf(firstSeen, "FIRING")).hasSize(1);
    assertThat(alertsNamed(Api.auditor(), NAME)).as("auditors read alerts").isNotEmpty();
    Api.purchaser().get("/api/sync/alerts").isProblem(403, null);

    SyncFixture.odoo().faults().rejectApiKey(false);
    JsonNode resolved = AlertListener.awaitResolvedAfterPolls(NAME, id);
    assertThat(resolved.hasNonNull("resolvedAt")).isTrue();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              assertThat(listener.postsOf(id, "RESOLVED")).hasSize(1);
              assertThat(mailsOf(firstSeen, "RESOLVED")).hasSize(1);
            });
    assertThat(listener.postsOf(id, "RESOLVED").get(0).body().get("text").asText())
        .startsWith("[CRITICAL] RESOLVED " + NAME);
    assertThat(mailsOf(firstSeen, "RESOLVED").get(0).getSubject())
        .startsWith("[orderbridge] [CRITICAL] RESOLVED " + NAME);
    assertThat(listener.postsOf(id, "FIRING")).hasSize(1);
    assertThat(mailsOf(firstSeen, "FIRING")).hasSize(1);
  }

  /**
   * The e-mails GreenMail received of this alert (told apart from an earlier alert of the same
   * name, whose delivery an SMTP server that was down may still retry, by its {@code firstSeen}, to
   * the second) announcing this state.
   */
  private List<MimeMessage> mailsOf(Instant firstSeen, String state) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains("] " + state + " " + NAME + ":"))
        .filter(m -> firstSeenOf(m).equals(firstSeen.truncatedTo(ChronoUnit.SECONDS)))
        .toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant firstSeenOf(MimeMessage mail) {
    return GreenMailUtil.getBody(mail)
        .lines()
        .filter(l -> l.startsWith("firstSeen: "))
        .map(l -> Instant.parse(l.substring("firstSeen: ".length()).trim()))
        .map(at -> at.truncatedTo(ChronoUnit.SECONDS))
        .findFirst()
        .orElse(Instant.EPOCH);
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
