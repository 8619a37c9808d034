package net.orderbridge.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
    return first(sql, parameters, rows -> rows.getLong(1));
  }

  /** The first column of the first row as text; null when there is no row. */
  public static String text(String sql, Object... parameters) {
    return first(sql, parameters, rows -> rows.getString(1));
  }

  /** The first column of every row as a number. */
  public static List<Long> numbers(String sql, Object... parameters) {
    return all(sql, parameters, rows -> rows.getLong(1));
  }

  private interface Column<T> {
    T of(ResultSet rows) throws SQLException;
  }

  private static <T> T first(String sql, Object[] parameters, Column<T> column) {
    List<T> rows = all(sql, parameters, column);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static <T> List<T> all(String sql, Object[] parameters, Column<T> column) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<T> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(column.of(rows));
        }
      }
      return found;
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
