package net.orderbridge.sync.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The external notifiers; the log is not among them, it always hears first and never fails. */
@ApplicationScoped
public class Notifiers {
  private final List<Notifier> all;

  @Inject
  public Notifiers(WebhookNotifier webhook, MailNotifier mail) {
    this(List.of(webhook, mail));
  }

  public Notifiers(List<Notifier> all) {
    this.all = all;
  }

  /** For CDI's client proxy. */
  protected Notifiers() {
    this.all = null;
  }

  public List<String> configured() {
    return all.stream().filter(Notifier::configured).map(Notifier::name).toList();
  }

  public Optional<Notifier> named(String name) {
    return all.stream().filter(n -> n.name().equals(name)).findFirst();
  }
}
