package net.orderbridge.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Run by the build before the integration-test server starts: drops and re-creates the database the
 * tests use ({@code it.db.name}), so every run starts from empty schemas that the application
 * migrates itself. Connects to the server named by {@code DB_HOST}/{@code DB_PORT}/{@code
 * DB_USER}/{@code DB_PASSWORD} (defaults: this machine's PostgreSQL) through its {@code postgres}
 * maintenance database. With a second argument, the test server's {@code catalogue.namespace}, it
 * also drops that namespace's keys from Redis ({@code REDIS_URL}): cached ids of the database
 * dropped would name rows the new one does not have.
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
    if (args.length > 1) {
      System.out.println(
          "Fresh cache: " + clearCache(args[1]) + " keys of " + args[1] + " dropped");
    }
  }

  private static int clearCache(String namespace) {
    int dropped = 0;
    try (UnifiedJedis redis =
        new JedisPooled(URI.create(env("REDIS_URL", "redis://127.0.0.1:6379")))) {
      ScanParams keys = new ScanParams().match(namespace + ":*").count(1000);
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = redis.scan(cursor, keys);
        if (!page.getResult().isEmpty()) {
          dropped += (int) redis.del(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    }
    return dropped;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
