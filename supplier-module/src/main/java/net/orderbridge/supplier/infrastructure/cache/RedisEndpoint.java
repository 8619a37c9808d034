package net.orderbridge.supplier.infrastructure.cache;

import java.net.URI;
import java.net.URISyntaxException;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis that {@code REDIS_URL} names: {@code redis://host:port[/db]}, or {@code rediss://} for
 * TLS (the JVM's trust store and host name verification), with an optional {@code user:password@}
 * or {@code :password@} (Redis ACL user or {@code requirepass}). Messages name the host, never the
 * password.
 */
final class RedisEndpoint {
  private RedisEndpoint() {}

  static UnifiedJedis connect(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException malformed) {
      throw new IllegalArgumentException(
          "REDIS_URL is not a URL (redis://[user:password@]host:port or rediss://...)");
    }
    if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "REDIS_URL must be redis://[user:password@]host[:port][/db] or rediss://... (TLS), not "
              + uri.getScheme()
              + "://"
              + uri.getHost());
    }
    return new JedisPooled(uri);
  }

  /** Scheme, host and port: the URL without credentials, for logs. */
  static String describe(String url) {
    URI uri = URI.create(url.trim());
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
