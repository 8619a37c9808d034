package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Mails each transition through Jakarta Mail (Liberty's {@code mail-2.1}) to {@code ALERT_MAIL_TO}
 * (comma-separated) over {@code ALERT_SMTP_HOST}:{@code ALERT_SMTP_PORT} (587), {@code
 * ALERT_SMTP_TLS} {@code STARTTLS} (default: required), {@code SSL} or {@code NONE}, signed in as
 * {@code ALERT_SMTP_USER}/{@code ALERT_SMTP_PASSWORD} when a user is set, from {@code
 * ALERT_MAIL_FROM} (default {@code orderbridge@localhost}). The subject is the alert's title.
 */
@ApplicationScoped
public class MailNotifier implements Notifier {
  public static final String NAME = "mail";
  private static final String TIMEOUT_MILLIS = "10000";

  private final Config config;

  @Inject
  public MailNotifier(Config config) {
    this.config = config;
  }

  /** For CDI's client proxy. */
  protected MailNotifier() {
    this(null);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured() {
    return value("ALERT_SMTP_HOST").isPresent() && value("ALERT_MAIL_TO").isPresent();
  }

  @Override
  public void send(Alert alert, AlertState event) throws MessagingException {
    Session session = Session.getInstance(properties());
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(value("ALERT_MAIL_FROM").orElse("orderbridge@localhost")));
    mail.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse(value("ALERT_MAIL_TO").orElseThrow()));
    mail.setSubject("[orderbridge] " + AlertMessage.title(alert, event), "UTF-8");
    mail.setSentDate(Date.from(Instant.now()));
    StringBuilder text = new StringBuilder(AlertMessage.title(alert, event)).append("\n\n");
    AlertMessage.facts(alert, event)
        .forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    mail.setText(text.toString(), "UTF-8");
    Optional<String> user = value("ALERT_SMTP_USER");
    if (user.isPresent()) {
      Transport.send(mail, user.get(), value("ALERT_SMTP_PASSWORD").orElse(""));
    } else {
      Transport.send(mail);
    }
  }

  private Properties properties() {
    String tls = value("ALERT_SMTP_TLS").orElse("STARTTLS").toUpperCase();
    Properties p = new Properties();
    String protocol = "SSL".equals(tls) ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    p.put("mail.transport.protocol", protocol);
    p.put(prefix + "host", value("ALERT_SMTP_HOST").orElseThrow());
    p.put(prefix + "port", value("ALERT_SMTP_PORT").orElse("SSL".equals(tls) ? "465" : "587"));
    p.put(prefix + "auth", String.valueOf(value("ALERT_SMTP_USER").isPresent()));
    p.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    p.put(prefix + "timeout", TIMEOUT_MILLIS);
    p.put(prefix + "writetimeout", TIMEOUT_MILLIS);
    if ("STARTTLS".equals(tls)) {
      p.put(prefix + "starttls.enable", "true");
      p.put(prefix + "starttls.required", "true");
    }
    if (!"NONE".equals(tls)) {
      p.put(prefix + "ssl.checkserveridentity", "true");
    }
    return p;
  }

  private Optional<String> value(String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }
}
