package net.orderbridge.supplier.infrastructure.cache;

import java.util.function.Consumer;

/**
 * Carries "drop this entry" messages to every instance, this one included. Delivery is best effort
 * (a message sent while an instance is disconnected is lost to it), which the short L1 time to live
 * bounds.
 */
interface InvalidationBus extends AutoCloseable {

  void publish(String message);

  /** Starts delivering messages to {@code receiver}; returns once subscribed. */
  void subscribe(Consumer<String> receiver);

  @Override
  void close();

  /** No other instance hears anything: for a single instance, or when no channel works. */
  static InvalidationBus localOnly() {
    return new InvalidationBus() {
      @Override
      public void publish(String message) {}

      @Override
      public void subscribe(Consumer<String> receiver) {}

      @Override
      public void close() {}
    };
  }
}
