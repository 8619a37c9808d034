package net.orderbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path runDir;

  @Test
  void dataSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
    Map<String, String> first = environmentWithFreePort();
    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(first, runDir)) {
      execute(first, "create table kept (id int primary key); insert into kept values (42)");
    }

    Map<String, String> second = environmentWithFreePort();
    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(second, runDir)) {
      try (Connection connection = connect(second);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select id from kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(42);
      }
    }
  }

  @Test
  void aConfiguredDatabaseIsLeftAlone() throws Exception {
    Map<String, String> environment =
        new HashMap<>(Map.of("DB_HOST", "db.example", "DB_PORT", "6543"));

    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(environment, runDir)) {
      assertThat(environment)
          .containsEntry("DB_HOST", "db.example")
          .containsEntry("DB_PORT", "6543");
      assertThat(runDir.resolve("postgres")).doesNotExist();
    }
  }

  private static Map<String, String> environmentWithFreePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new HashMap<>(Map.of("EMBEDDED_DB_PORT", Integer.toString(socket.getLocalPort())));
    }
  }

  private static void execute(Map<String, String> environment, String sql) throws SQLException {
    try (Connection connection = connect(environment);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(Map<String, String> environment) throws SQLException {
    String url =
        "jdbc:postgresql://"
            + environment.get("DB_HOST")
            + ":"
            + environment.get("DB_PORT")
            + "/"
            + environment.get("DB_NAME");
    return DriverManager.getConnection(
        url, environment.get("DB_USER"), environment.get("DB_PASSWORD"));
  }
}
