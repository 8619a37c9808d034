package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.orderbridge.supplier.fixture.BuildDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two writers of the same Odoo record at the same moment converge, on the real PostgreSQL the build
 * uses ({@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, {@code DB_USER}, {@code DB_PASSWORD}; by
 * default database {@code test} on this machine, which CI provides). Each writer is a transaction
 * as the mirror's writers are: look the record up by its Odoo id, insert it with a new local id
 * when absent; both look before either inserts, so the later insert meets the unique Odoo id.
 */
class MirrorRaceTest {
  private final PGSimpleDataSource database = BuildDatabase.dataSource();
  private final String table = "mirror_race_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void aMirrorTable() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table "
              + table
              + " (id uuid primary key, odoo_id bigint not null constraint "
              + table
              + "_odoo_id_unique unique, name text not null)");
    }
  }

  @AfterEach
  void dropTable() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop table if exists " + table);
    }
  }

  @Test
  void twoWritersOfTheSameRecordConvergeOnOneRowThatKeepsItsLocalId() throws Exception {
    CyclicBarrier bothLooked = new CyclicBarrier(2);
    AtomicInteger attempts = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<UUID>> written = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        written.add(
            writers.submit(
                () -> MirrorRace.converge(() -> mirror(42, "Wood Corner", bothLooked, attempts))));
      }

      UUID first = written.get(0).get(30, TimeUnit.SECONDS);
      UUID second = written.get(1).get(30, TimeUnit.SECONDS);

      assertThat(first).isEqualTo(second);
      assertThat(attempts.get()).as("the loser ran again").isEqualTo(3);
      try (Connection c = database.getConnection();
          Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("select id from " + table + " where odoo_id = 42")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getObject(1, UUID.class)).isEqualTo(first);
        assertThat(rows.next()).isFalse();
      }
    } finally {
      writers.shutdownNow();
    }
  }

  @Test
  void aFailureOtherThanARaceIsNotRunAgain() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                MirrorRace.converge(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException("no", new SQLException("bad", "22001"));
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts.get()).isEqualTo(1);
  }

  @Test
  void aWriteThatKeepsLosingGivesUpAfterItsAttempts() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                MirrorRace.converge(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException(
                          "commit failed",
                          new RuntimeException(new SQLException("duplicate key", "23505")));
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts.get()).isEqualTo(MirrorRace.ATTEMPTS);
  }

  /**
   * One writer's transaction; the first two attempts wait for each other between look and insert.
   */
  private UUID mirror(long odooId, String name, CyclicBarrier bothLooked, AtomicInteger attempts) {
    boolean racing = attempts.incrementAndGet() <= 2;
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        UUID held = find(c, odooId);
        if (racing) {
          bothLooked.await(20, TimeUnit.SECONDS);
        }
        if (held == null) {
          held = UUID.randomUUID();
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into " + table + " (id, odoo_id, name) values (?, ?, ?)")) {
            insert.setObject(1, held);
            insert.setLong(2, odooId);
            insert.setString(3, name);
            insert.executeUpdate();
          }
        } else {
          try (PreparedStatement update =
              c.prepareStatement("update " + table + " set name = ? where id = ?")) {
            update.setString(1, name);
            update.setObject(2, held);
            update.executeUpdate();
          }
        }
        c.commit();
        return held;
      } catch (SQLException | RuntimeException failure) {
        c.rollback();
        throw failure;
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("the mirror write failed", failure);
    } catch (Exception interrupted) {
      throw new IllegalStateException(interrupted);
    }
  }

  private UUID find(Connection c, long odooId) throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement("select id from " + table + " where odoo_id = ?")) {
      find.setLong(1, odooId);
      try (ResultSet rows = find.executeQuery()) {
        return rows.next() ? rows.getObject(1, UUID.class) : null;
      }
    }
  }
}
