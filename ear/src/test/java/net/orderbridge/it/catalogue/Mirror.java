package net.orderbridge.it.catalogue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import net.orderbridge.it.Database;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * Behind the API: the server's PostgreSQL mirror (schema {@code supplier}) and its Redis, as a
 * second instance of the service would share them.
 */
final class Mirror {
  /**
   * The test server's {@code catalogue.namespace} (one per test database, so that builds sharing a
   * Redis never see each other's keys): Redis key prefix and channel name.
   */
  static final String NAMESPACE =
      "orderbridge_" + System.getProperty("orderbridge.db.name", "orderbridge_it");

  static final String CHANNEL = NAMESPACE + "_invalidations";

  private Mirror() {}

  static Connection connect() throws SQLException {
    return Database.connect();
  }

  static UnifiedJedis redis() {
    return new JedisPooled(URI.create(env("REDIS_URL", "redis://127.0.0.1:6379")));
  }

  /** Makes a mirrored supplier look as if Odoo was last heard of {@code hours} ago. */
  static void ageSupplier(UUID id, int hours) {
    try (Connection connection = connect();
        PreparedStatement age =
            connection.prepareStatement(
                "update supplier.supplier set refreshed_at = now() - make_interval(hours => ?)"
                    + " where id = ?")) {
      age.setInt(1, hours);
      age.setObject(2, id);
      if (age.executeUpdate() != 1) {
        throw new IllegalStateException("no supplier " + id + " in the mirror");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Drops a cache entry everywhere, the way the service's own eviction does: the Redis key, then an
   * invalidation message on the channel every instance listens to ({@code <origin>|<key>}).
   */
  static void evict(String key) {
    try (UnifiedJedis redis = redis()) {
      redis.del(NAMESPACE + ":" + key);
      redis.publish(CHANNEL, "integration-test|" + key);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
