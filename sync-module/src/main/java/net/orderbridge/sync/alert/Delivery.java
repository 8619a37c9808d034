package net.orderbridge.sync.alert;

/**
 * One notifier's due announcement of one alert's transition.
 *
 * @param event the state announced: {@code FIRING}, {@code RESOLVED} or {@code OCCURRED}
 * @param attempts failed sends so far
 */
public record Delivery(long id, Alert alert, AlertState event, String notifier, int attempts) {}
