package net.orderbridge.container;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Run by the build before the container-test server is created: drops and re-creates its database
 * ({@code it.arq.db.name}), whose schemas the application then migrates itself. The driver is
 * called directly, not through {@code DriverManager}: in one Maven JVM the ear module's
 * FreshDatabase registered a driver of another class loader first. The server is the one {@code
 * DB_HOST}/{@code DB_PORT}/{@code DB_USER}/{@code DB_PASSWORD} name (default: this machine's).
 */
public final class FreshContainerTestDatabase {
  private FreshContainerTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String database = args[0];
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
    String server =
        String.format(
            "jdbc:postgresql://%s:%s/postgres",
            setting("DB_HOST", "127.0.0.1"), setting("DB_PORT", "5432"));
    Properties login = new Properties();
    login.setProperty("user", setting("DB_USER", "postgres"));
    login.setProperty("password", setting("DB_PASSWORD", "postgres"));
    try (Connection maintenance = new Driver().connect(server, login);
        Statement ddl = maintenance.createStatement()) {
      ddl.execute("drop database if exists " + database + " with (force)");
      ddl.execute("create database " + database);
    }
    System.out.println("Fresh container-test database " + database + " at " + server);
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
