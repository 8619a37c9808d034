package net.orderbridge.it.push;

import static net.orderbridge.it.SyncFixture.awaitOrderSettled;
import static net.orderbridge.it.SyncFixture.count;
import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.SyncFixture.operator;
import static net.orderbridge.it.SyncFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.Database;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/**
 * Settled outbox messages go once they are older than {@code sync.outbox.retention} (7 days), in
 * chunks of {@code sync.outbox.cleanup.chunk-size} (500 on the test server) each in a transaction
 * of its own, from the clean-up timer (every 5 s there). Pending messages, dead letters and recent
 * settled messages stay, and an order's sync history outlives its cleaned messages.
 */
class OutboxCleanupIT {
  private static final int CHUNK = 500;

  @Test
  void settledMessagesPastTheRetentionGoInChunksEverythingElseStays() {
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    UUID dead = UUID.randomUUID();
    UUID pendingLongAgo = UUID.randomUUID();
    Database.execute(
        """
        create table if not exists sync.cleanup_probe (tx bigint, deleted bigint);
        truncate sync.cleanup_probe;
        create or replace function sync.cleanup_probe() returns trigger language plpgsql as $$
        begin
          insert into sync.cleanup_probe select txid_current(), count(*) from gone;
          return null;
        end $$;
        create trigger cleanup_probe after delete on sync.outbox_message
          referencing old table as gone for each statement execute function sync.cleanup_probe();
        """);
    try {
      Database.execute(
          """
          insert into sync.outbox_message (order_id, kind, status, created_at, due_at, processed_at)
          select '%1$s', 'CHANGED', 'DONE', now() - interval '9 days', now() - interval '9 days',
                 now() - interval '8 days' - make_interval(secs => n)
          from generate_series(1, 1234) n;
          insert into sync.outbox_message (order_id, kind, status, processed_at)
          values ('%2$s', 'CHANGED', 'DONE', now() - interval '6 days');
          insert into sync.outbox_message (order_id, kind, status, attempts, processed_at, error_type)
          values ('%3$s', 'PLACED', 'DEAD', 12, now() - interval '30 days', 'TRANSIENT'),
                 ('%3$s', 'CHANGED', 'DEAD', 12, now() - interval '30 days', 'TRANSIENT');
          insert into sync.outbox_message (order_id, kind, status, created_at, due_at)
          values ('%4$s', 'CHANGED', 'PENDING', now() - interval '20 days',
                  now() + interval '1 day');
          """
              .formatted(old, recent, dead, pendingLongAgo));

      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> messages(old) == 0);

      assertThat(messages(recent)).as("settled within the retention").isEqualTo(1);
      assertThat(messages(dead)).as("dead letters are never cleaned").isEqualTo(2);
      assertThat(messages(pendingLongAgo)).as("pending, however old").isEqualTo(1);
      List<long[]> chunks = chunks();
      assertThat(chunks).extracting(c -> c[1]).allMatch(n -> n <= CHUNK);
      assertThat(chunks.stream().mapToLong(c -> c[1]).sum()).isGreaterThanOrEqualTo(1234);
      assertThat(chunks)
          .as("one transaction per chunk")
          .extracting(c -> c[0])
          .doesNotHaveDuplicates()
          .hasSizeGreaterThanOrEqualTo(3);
      assertThat(SyncFixture.counter("sync_outbox_cleaned_total", "")).isGreaterThanOrEqualTo(1234);
    } finally {
      Database.execute(
          "drop trigger if exists cleanup_probe on sync.outbox_message;"
              + " drop function if exists sync.cleanup_probe(); drop table sync.cleanup_probe;"
              + " delete from sync.outbox_message where order_id in ('"
              + recent
              + "', '"
              + dead
              + "', '"
              + pendingLongAgo
              + "')");
    }
  }

  @Test
  void anOrdersSyncHistoryOutlivesItsCleanedMessages() {
    String notes = unique("cleanup");
    String id = SyncFixture.place(notes).get("id").asText();
    awaitOrderSettled(id);
    // a newer settled message: the newest one of all is always kept (it dates the last sync)
    awaitOrderSettled(SyncFixture.place(notes).get("id").asText());
    long odooId = odooIdOf(id);
    Database.execute(
        "update sync.outbox_message set processed_at = now() - interval '8 days'"
            + " where order_id = '"
            + id
            + "'");

    await().atMost(Duration.ofSeconds(60)).until(() -> messages(UUID.fromString(id)) == 0);

    Reply history = operator("GET", "/api/sync/orders/" + id, null);
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    JsonNode view = history.json();
    assertThat(view.get("messages")).isEmpty();
    assertThat(view.get("binding").get("odooId").asLong()).isEqualTo(odooId);
    assertThat(view.get("binding").get("syncedAt").isNull()).isFalse();
    assertThat(view.get("settledKeptFor").asText()).isEqualTo("PT168H");
    List<String> audit = new ArrayList<>();
    SyncFixture.buyer("GET", "/api/purchase-orders/" + id + "/audit", null)
        .json()
        .forEach(e -> audit.add(e.get("action").asText()));
    assertThat(audit).as("the audit trail keeps every sync outcome").contains("SYNC_SYNCED");
  }

  private static long messages(UUID orderId) {
    return count("select count(*) from sync.outbox_message where order_id = ?", orderId);
  }

  /** (transaction, rows deleted) of each delete statement the probe saw. */
  private static List<long[]> chunks() {
    List<long[]> chunks = new ArrayList<>();
    try (var connection = Database.connect();
        var rows =
            connection
                .createStatement()
                .executeQuery("select tx, deleted from sync.cleanup_probe where deleted > 0")) {
      while (rows.next()) {
        chunks.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return chunks;
  }
}
