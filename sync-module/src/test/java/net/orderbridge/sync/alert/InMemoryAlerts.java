package net.orderbridge.sync.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Alerts} in lists, with the store's rules: one open alert per name, one row per event. */
final class InMemoryAlerts implements Alerts {
  final List<Alert> rows = new ArrayList<>();
  final List<Queued> deliveries = new ArrayList<>();
  private final List<String> occurrences = new ArrayList<>();

  /** A queued announcement and what became of it. */
  static final class Queued {
    final long id;
    final long alertId;
    final AlertState event;
    final String notifier;
    int attempts;
    Instant next = Instant.MIN;
    Instant deliveredAt;
    String error;

    Queued(long id, long alertId, AlertState event, String notifier) {
      this.id = id;
      this.alertId = alertId;
      this.event = event;
      this.notifier = notifier;
    }
  }

  @Override
  public Optional<Alert> open(String name) {
    return rows.stream()
        .filter(a -> a.name().equals(name))
        .filter(a -> a.state() == AlertState.PENDING || a.state() == AlertState.FIRING)
        .findFirst();
  }

  @Override
  public Optional<Alert> begin(Observation seen, AlertState state, Instant now) {
    if (open(seen.name()).isPresent()) {
      return Optional.empty();
    }
    Alert alert =
        new Alert(
            rows.size() + 1L,
            seen.name(),
            seen.level(),
            state,
            seen.summary(),
            seen.evidence(),
            now,
            now,
            null);
    rows.add(alert);
    return Optional.of(alert);
  }

  @Override
  public void seen(long id, String summary, Map<String, Object> evidence, Instant now) {
    Alert a = row(id);
    replace(
        new Alert(id, a.name(), a.level(), a.state(), summary, evidence, a.firstSeen(), now, null));
  }

  @Override
  public Optional<Alert> fire(long id, String summary, Map<String, Object> evidence, Instant now) {
    Alert a = row(id);
    if (a.state() != AlertState.PENDING) {
      return Optional.empty();
    }
    return Optional.of(
        replace(
            new Alert(
                id,
                a.name(),
                a.level(),
                AlertState.FIRING,
                summary,
                evidence,
                a.firstSeen(),
                now,
                null)));
  }

  @Override
  public Optional<Alert> resolve(long id, Instant now) {
    Alert a = row(id);
    if (a.state() != AlertState.FIRING) {
      return Optional.empty();
    }
    return Optional.of(
        replace(
            new Alert(
                id,
                a.name(),
                a.level(),
                AlertState.RESOLVED,
                a.summary(),
                a.evidence(),
                a.firstSeen(),
                a.lastSeen(),
                now)));
  }

  @Override
  public void discard(long id) {
    rows.removeIf(a -> a.id() == id && a.state() == AlertState.PENDING);
  }

  @Override
  public Optional<Alert> occurred(Observation event, String occurrence, Instant at) {
    String key = event.name() + "/" + occurrence;
    if (occurrences.contains(key)) {
      return Optional.empty();
    }
    occurrences.add(key);
    Alert alert =
        new Alert(
            rows.size() + 1L,
            event.name(),
            event.level(),
            AlertState.OCCURRED,
            event.summary(),
            event.evidence(),
            at,
            at,
            null);
    rows.add(alert);
    return Optional.of(alert);
  }

  @Override
  public List<Alert> current(Instant since, int limit) {
    return rows.stream()
        .filter(a -> a.state() != AlertState.PENDING)
        .sorted(Comparator.comparing(Alert::lastSeen).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public void queue(long alertId, AlertState event, Collection<String> notifiers) {
    for (String notifier : notifiers) {
      boolean known =
          deliveries.stream()
              .anyMatch(
                  d -> d.alertId == alertId && d.event == event && d.notifier.equals(notifier));
      if (!known) {
        deliveries.add(new Queued(deliveries.size() + 1L, alertId, event, notifier));
      }
    }
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return deliveries.stream()
        .filter(d -> d.deliveredAt == null && d.next != null && !d.next.isAfter(now))
        .limit(limit)
        .map(d -> new Delivery(d.id, row(d.alertId), d.event, d.notifier, d.attempts))
        .toList();
  }

  @Override
  public void delivered(long deliveryId, Instant at) {
    Queued d = deliveries.get((int) deliveryId - 1);
    d.deliveredAt = at;
    d.next = null;
  }

  @Override
  public void failed(long deliveryId, String error, Instant next) {
    Queued d = deliveries.get((int) deliveryId - 1);
    d.attempts++;
    d.error = error;
    d.next = next;
  }

  Alert row(long id) {
    return rows.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  private Alert replace(Alert changed) {
    rows.replaceAll(a -> a.id() == changed.id() ? changed : a);
    return changed;
  }
}
