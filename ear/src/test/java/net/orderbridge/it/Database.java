package net.orderbridge.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the integration-test database, to look behind the API. */
public final class Database {
  private Database() {}

  public static Connection connect() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + env("DB_HOST", "127.0.0.1")
            + ":"
            + env("DB_PORT", "5432")
            + "/"
            + System.getProperty("orderbridge.db.name", "orderbridge_it");
    return DriverManager.getConnection(
        url, env("DB_USER", "postgres"), env("DB_PASSWORD", "postgres"));
  }

  public static long count(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
