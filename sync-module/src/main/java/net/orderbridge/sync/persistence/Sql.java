package net.orderbridge.sync.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC on the JTA data source for the sync tables: the queries need {@code SKIP LOCKED},
 * {@code RETURNING} and arrays, which JPA has no words for. {@code String[]}, {@code Long[]},
 * {@code Timestamp[]}, {@code Boolean[]} and other arrays (of UUIDs) bind as {@code text[]}, {@code
 * bigint[]}, {@code timestamptz[]}, {@code boolean[]} and {@code uuid[]}. Connections join the
 * caller's JTA transaction.
 */
@ApplicationScoped
public class Sql {
  @Resource(lookup = "jdbc/orderbridge")
  DataSource dataSource;

  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  public <T> List<T> query(String sql, Row<T> mapper, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("sync SQL failed: " + e.getMessage(), e);
    }
  }

  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("sync SQL failed: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      if (p instanceof Instant instant) {
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (p instanceof String[] texts) {
        statement.setArray(i + 1, connection.createArrayOf("text", texts));
      } else if (p instanceof Long[] numbers) {
        statement.setArray(i + 1, connection.createArrayOf("bigint", numbers));
      } else if (p instanceof Timestamp[] times) {
        statement.setArray(i + 1, connection.createArrayOf("timestamptz", times));
      } else if (p instanceof Boolean[] flags) {
        statement.setArray(i + 1, connection.createArrayOf("bool", flags));
      } else if (p instanceof Object[] array) {
        statement.setArray(i + 1, connection.createArrayOf("uuid", array));
      } else {
        statement.setObject(i + 1, p);
      }
    }
    return statement;
  }

  public static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  /** A timestamp as the JPA native query hands it back (Timestamp, OffsetDateTime or Instant). */
  public static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return value instanceof Instant i ? i : null;
  }
}
