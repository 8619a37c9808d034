package net.orderbridge.supplier.infrastructure.cache;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Starts the daemon thread an invalidation bus listens on, and waits up to five seconds for it to
 * be listening (it counts the latch down) so that a message published right after start-up is not
 * missed.
 */
final class ListenerThread {
  private static final Logger LOG = Logger.getLogger(ListenerThread.class.getName());

  private ListenerThread() {}

  static void start(
      ThreadFactory threads, String name, String what, Consumer<CountDownLatch> listen) {
    CountDownLatch listening = new CountDownLatch(1);
    Thread listener = threads.newThread(() -> listen.accept(listening));
    listener.setName(name);
    listener.setDaemon(true);
    listener.start();
    try {
      if (!listening.await(5, TimeUnit.SECONDS)) {
        LOG.warning("Not yet listening on " + what + "; going on");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
