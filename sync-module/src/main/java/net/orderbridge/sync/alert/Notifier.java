package net.orderbridge.sync.alert;

/** One way of telling people about an alert's transition (a webhook, e-mail). */
public interface Notifier {

  /** Stable name, recorded on each delivery. */
  String name();

  /** Whether it has what it needs (a URL, an SMTP host); an unconfigured one gets no delivery. */
  boolean configured();

  /**
   * Announces the alert's {@code event}; throws when the announcement did not get through (it is
   * then retried later).
   */
  void send(Alert alert, AlertState event) throws Exception;
}
