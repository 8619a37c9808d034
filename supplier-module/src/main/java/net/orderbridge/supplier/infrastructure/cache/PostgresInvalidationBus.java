package net.orderbridge.supplier.infrastructure.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Invalidation messages over PostgreSQL {@code NOTIFY}, for when Redis is off. A listener thread
 * keeps one connection of its own in {@code LISTEN} and polls it for notifications; it must come
 * from a non-JTA data source, since a notification is delivered only between transactions.
 *
 * <p>Liberty hands out wrapped connections: {@code unwrap(PGConnection.class)} works only when the
 * application sees the driver's classes (a {@code classloader commonLibraryRef} to the driver's
 * library in {@code server.xml}).
 */
final class PostgresInvalidationBus implements InvalidationBus {
  private static final Logger LOG = Logger.getLogger(PostgresInvalidationBus.class.getName());
  private static final int POLL_MILLIS = 500;

  private final DataSource dataSource;
  private final String channel;
  private final ThreadFactory threads;
  private volatile boolean closed;

  PostgresInvalidationBus(DataSource dataSource, String channel, ThreadFactory threads) {
    if (!channel.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a channel name: " + channel);
    }
    this.dataSource = dataSource;
    this.channel = channel;
    this.threads = threads;
  }

  @Override
  public void publish(String message) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
      notify.setString(1, channel);
      notify.setString(2, message);
      notify.execute();
    } catch (SQLException failed) {
      throw new IllegalStateException("NOTIFY on " + channel + " failed", failed);
    }
  }

  @Override
  public void subscribe(Consumer<String> receiver) {
    ListenerThread.start(
        threads,
        "catalogue-invalidations-postgresql",
        "PostgreSQL channel " + channel,
        listening -> listen(receiver, listening));
  }

  private void listen(Consumer<String> receiver, CountDownLatch listening) {
    while (!closed) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + channel);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        listening.countDown();
        while (!closed) {
          PGNotification[] arrived = postgres.getNotifications(POLL_MILLIS);
          if (arrived != null) {
            for (PGNotification notification : arrived) {
              receiver.accept(notification.getParameter());
            }
          }
        }
      } catch (SQLException lost) {
        if (!closed) {
          LOG.log(Level.WARNING, "LISTEN " + channel + " lost; retrying in 1 s", lost);
          pause();
        }
      } catch (LinkageError driverInvisible) {
        LOG.log(
            Level.SEVERE,
            "PostgreSQL driver classes not visible: no invalidations between instances",
            driverInvisible);
        return;
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
