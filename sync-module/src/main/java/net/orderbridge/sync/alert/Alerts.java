package net.orderbridge.sync.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts and their deliveries. A port: the adapter keeps them in {@code sync.alert} and {@code
 * sync.alert_delivery}. At most one alert of a name is open ({@code PENDING} or {@code FIRING}) at
 * a time, even with several instances evaluating at once; the state changes only succeed from the
 * state they leave, so of two instances only one announces a transition.
 */
public interface Alerts {

  /** The open ({@code PENDING} or {@code FIRING}) alert of this name. */
  Optional<Alert> open(String name);

  /** Opens an alert in {@code state}; empty when another one of its name is open already. */
  Optional<Alert> begin(Observation observation, AlertState state, Instant now);

  /** The condition still holds: new evidence, last seen now. */
  void seen(long id, String summary, Map<String, Object> evidence, Instant now);

  /** {@code PENDING} → {@code FIRING}; empty when it was not pending. */
  Optional<Alert> fire(long id, String summary, Map<String, Object> evidence, Instant now);

  /** {@code FIRING} → {@code RESOLVED}; empty when it was not firing. */
  Optional<Alert> resolve(long id, Instant now);

  /** Forgets a pending alert whose condition cleared before it fired. */
  void discard(long id);

  /**
   * Records a one-shot alert once per {@code occurrence} (say, the time of the event it reports);
   * empty when that occurrence is recorded already.
   */
  Optional<Alert> occurred(Observation observation, String occurrence, Instant at);

  /** Firing alerts, and the others last seen since {@code since}; newest first. */
  List<Alert> current(Instant since, int limit);

  /** Queues the announcement of the alert's {@code event} to each of these notifiers. */
  void queue(long alertId, AlertState event, Collection<String> notifiers);

  /** Announcements due now, oldest first. */
  List<Delivery> due(Instant now, int limit);

  void delivered(long deliveryId, Instant at);

  /** A failed send: tried again at {@code next}, or never when {@code next} is null. */
  void failed(long deliveryId, String error, Instant next);
}
