package net.orderbridge.supplier.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.orderbridge.supplier.fixture.BuildDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * NOTIFY from one bus reaches the LISTEN of another, on the real PostgreSQL the build uses ({@code
 * DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, {@code DB_USER}, {@code DB_PASSWORD}; by default
 * database {@code test} on this machine, which CI provides).
 */
class PostgresInvalidationBusTest {

  @Test
  void aMessagePublishedByOneInstanceReachesTheOther() throws Exception {
    PGSimpleDataSource database = BuildDatabase.dataSource();
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
}
