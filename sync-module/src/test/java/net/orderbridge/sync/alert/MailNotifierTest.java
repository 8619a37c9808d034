package net.orderbridge.sync.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import net.orderbridge.sync.fixture.MapConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail notifier against a real SMTP server (GreenMail) that wants a login. */
class MailNotifierTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts", "smtp-secret"));

  private static MailNotifier notifier(String password) {
    return new MailNotifier(
        new MapConfig(
            Map.of(
                "ALERT_SMTP_HOST", "127.0.0.1",
                "ALERT_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "ALERT_SMTP_TLS", "NONE",
                "ALERT_SMTP_USER", "alerts",
                "ALERT_SMTP_PASSWORD", password,
                "ALERT_MAIL_FROM", "orderbridge@example.test",
                "ALERT_MAIL_TO", "ops@example.test, oncall@example.test")));
  }

  @Test
  void mailsTheAlertToEveryRecipientWithLevelStateAndEvidence() throws Exception {
    Alert alert =
        new Alert(
            3,
            "dead-letters",
            AlertLevel.WARNING,
            AlertState.FIRING,
            "2 changes wait for an operator as dead letters",
            Map.of("deadLetters", 2, "orderIds", java.util.List.of("0b0e-1", "0b0e-2")),
            Instant.parse("2026-12-07T10:00:00Z"),
            Instant.parse("2026-12-07T10:00:00Z"),
            null);
    notifier("smtp-secret").send(alert, AlertState.FIRING);

    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject())
        .isEqualTo(
            "[orderbridge] [WARNING] FIRING dead-letters: 2 changes wait for an operator as dead"
                + " letters");
    assertThat(mails[0].getFrom()[0].toString()).isEqualTo("orderbridge@example.test");
    String body = GreenMailUtil.getBody(mails[0]);
    assertThat(body).contains("state: FIRING", "deadLetters: 2", "0b0e-2");
    assertThat(body).doesNotContain("smtp-secret");
  }

  @Test
  void aRefusedLoginIsAFailedDelivery() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                notifier("wrong")
                    .send(
                        new Alert(
                            1,
                            "x",
                            AlertLevel.INFO,
                            AlertState.OCCURRED,
                            "x",
                            Map.of(),
                            Instant.EPOCH,
                            Instant.EPOCH,
                            null),
                        AlertState.OCCURRED))
        .isInstanceOf(jakarta.mail.AuthenticationFailedException.class);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
