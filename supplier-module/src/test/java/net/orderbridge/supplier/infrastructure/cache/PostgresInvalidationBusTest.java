package net.orderbridge.supplier.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * NOTIFY from one bus reaches the LISTEN of another, on the real PostgreSQL (the build's database:
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, default 127.0.0.1:5432/test; the channel is
 * random, so builds sharing the server don't hear each other).
 */
class PostgresInvalidationBusTest {

  @Test
  void aMessagePublishedByOneInstanceReachesTheOther() throws Exception {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setUrl(
        "jdbc:postgresql://"
            + env("DB_HOST", "127.0.0.1")
            + ":"
            + env("DB_PORT", "5432")
            + "/"
            + env("DB_NAME", "test"));
    database.setUser("postgres");
    String channel = "t" + UUID.randomUUID().toString().replace("-", "");
    var received = new LinkedBlockingQueue<String>();
    try (var listener =
            new PostgresInvalidationBus(database, channel, Executors.defaultThreadFactory());
        var publisher =
            new PostgresInvalidationBus(database, channel, Executors.defaultThreadFactory())) {
      listener.subscribe(received::add);

      publisher.publish("origin|supplier:42");

      assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("origin|supplier:42");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
