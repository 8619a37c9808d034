package net.orderbridge.sync.alert;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether PostgreSQL answers, on the non-transactional data source (a check must not join or wait
 * for a transaction).
 */
@ApplicationScoped
public class DatabaseReach {
  private static final int SECONDS = 5;

  @Resource(lookup = "jdbc/orderbridgeMigrations")
  DataSource dataSource;

  /** Null when it answers, else why not. */
  public String problem() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(SECONDS) ? null : "no answer within " + SECONDS + " s";
    } catch (SQLException e) {
      return "SQLState " + e.getSQLState() + ": " + e.getMessage();
    }
  }
}
