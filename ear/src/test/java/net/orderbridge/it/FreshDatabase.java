package net.orderbridge.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the integration-test server starts: drops and re-creates the database the
 * tests use ({@code it.db.name}), so every run starts from empty schemas that the application
 * migrates itself. Connects to the server named by {@code DB_HOST}/{@code DB_PORT}/{@code
 * DB_USER}/{@code DB_PASSWORD} (defaults: this machine's PostgreSQL) through its {@code postgres}
 * maintenance database.
 */
public final class FreshDatabase {
  private FreshDatabase() {}

  public static void main(String[] args) throws SQLException {
    String name = args[0];
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    String url =
        "jdbc:postgresql://"
            + env("DB_HOST", "127.0.0.1")
            + ":"
            + env("DB_PORT", "5432")
            + "/postgres";
    try (Connection connection =
            DriverManager.getConnection(
                url, env("DB_USER", "postgres"), env("DB_PASSWORD", "postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    System.out.println("Fresh database " + name + " at " + url);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
