package net.orderbridge.sync.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.orderbridge.sync.odoo.identity.OdooDatabase;
import org.junit.jupiter.api.Test;

class OdooDatabaseGuardTest {
  private final FakeDatabases recorded = new FakeDatabases();
  private OdooDatabase answering = database("uuid-1");
  private final OdooDatabaseGuard guard =
      new OdooDatabaseGuard(
          () -> answering,
          recorded,
          new OdooDatabaseMetrics() {
            @Override
            void mismatch() {}
          });

  @Test
  void theFirstDatabaseMetIsRecordedAndTheSameOnePasses() {
    guard.requireSameDatabase();
    guard.requireSameDatabase();

    assertThat(recorded.recorded().orElseThrow().database()).isEqualTo(database("uuid-1"));
    assertThat(guard.standing().inStep()).isTrue();
  }

  @Test
  void anotherDatabaseBehindTheSameUrlStopsEverythingAndSaysWhy() {
    guard.requireSameDatabase();
    answering = database("uuid-2");

    assertThatThrownBy(guard::requireSameDatabase)
        .isInstanceOf(OdooDatabaseChangedException.class)
        .hasMessageContaining("uuid-1")
        .hasMessageContaining("uuid-2")
        .hasMessageContaining("/api/sync/odoo-database/rebind");
    assertThat(guard.standing().inStep()).isFalse();
    assertThat(recorded.mismatches).isEqualTo(1);

    assertThatThrownBy(guard::requireSameDatabase).isInstanceOf(OdooDatabaseChangedException.class);
    assertThat(recorded.mismatches).as("recorded once, not on every check").isEqualTo(1);
  }

  @Test
  void whenTheRecordedDatabaseAnswersAgainItIsInStepAgain() {
    guard.requireSameDatabase();
    answering = database("uuid-2");
    assertThatThrownBy(guard::requireSameDatabase).isInstanceOf(OdooDatabaseChangedException.class);

    answering = database("uuid-1");
    guard.requireSameDatabase();

    assertThat(guard.standing().inStep()).isTrue();
  }

  private static OdooDatabase database(String uuid) {
    return new OdooDatabase("http://127.0.0.1:8069", "odoo", uuid, "2026-12-04 10:00:00");
  }

  private static class FakeDatabases implements OdooDatabases {
    private Recorded row;
    int mismatches;

    @Override
    public Optional<Recorded> recorded() {
      return Optional.ofNullable(row);
    }

    @Override
    public void record(OdooDatabase database) {
      row = new Recorded(database, null, null, null);
    }

    @Override
    public void mismatch(OdooDatabase found, String why) {
      mismatches++;
      row = new Recorded(row.database(), why, found, null);
    }

    @Override
    public int rebindByKey(OdooDatabase now, String by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int forgetBindings(OdooDatabase now, String by) {
      throw new UnsupportedOperationException();
    }
  }
}
