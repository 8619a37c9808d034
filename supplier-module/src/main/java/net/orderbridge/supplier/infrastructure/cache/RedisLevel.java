package net.orderbridge.supplier.infrastructure.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The shared level (L2) in Redis: values under {@code <namespace>:<key>} with a time to live. A
 * Redis failure is a miss, never an error of the read: the levels below still answer.
 */
final class RedisLevel {
  private static final Logger LOG = Logger.getLogger(RedisLevel.class.getName());

  private final UnifiedJedis redis;
  private final String namespace;

  RedisLevel(UnifiedJedis redis, String namespace) {
    this.redis = redis;
    this.namespace = namespace;
  }

  Optional<String> get(String key) {
    try {
      return Optional.ofNullable(redis.get(namespace + ":" + key));
    } catch (JedisException down) {
      LOG.log(Level.FINE, "Redis get failed, reading below", down);
      return Optional.empty();
    }
  }

  void put(String key, String value, Duration ttl) {
    try {
      redis.set(namespace + ":" + key, value, SetParams.setParams().px(ttl.toMillis()));
    } catch (JedisException down) {
      LOG.log(Level.WARNING, "Redis set failed for " + key, down);
    }
  }

  void delete(String key) {
    try {
      redis.del(namespace + ":" + key);
    } catch (JedisException down) {
      LOG.log(Level.WARNING, "Redis del failed for " + key, down);
    }
  }
}
