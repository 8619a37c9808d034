package net.orderbridge.supplier.infrastructure.cache;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Invalidation messages over Redis pub/sub. A listener thread holds the subscription and
 * re-subscribes after a lost connection (messages sent meanwhile are lost: pub/sub keeps nothing).
 */
final class RedisInvalidationBus implements InvalidationBus {
  private static final Logger LOG = Logger.getLogger(RedisInvalidationBus.class.getName());

  private final UnifiedJedis redis;
  private final String channel;
  private final ThreadFactory threads;
  private volatile boolean closed;
  private volatile JedisPubSub subscription;

  RedisInvalidationBus(UnifiedJedis redis, String channel, ThreadFactory threads) {
    this.redis = redis;
    this.channel = channel;
    this.threads = threads;
  }

  @Override
  public void publish(String message) {
    redis.publish(channel, message);
  }

  @Override
  public void subscribe(Consumer<String> receiver) {
    ListenerThread.start(
        threads,
        "catalogue-invalidations-redis",
        "Redis channel " + channel,
        subscribed -> listen(receiver, subscribed));
  }

  private void listen(Consumer<String> receiver, CountDownLatch subscribed) {
    while (!closed) {
      subscription =
          new JedisPubSub() {
            @Override
            public void onSubscribe(String name, int count) {
              subscribed.countDown();
            }

            @Override
            public void onMessage(String name, String message) {
              receiver.accept(message);
            }
          };
      try {
        redis.subscribe(subscription, channel);
      } catch (JedisException lost) {
        if (!closed) {
          LOG.log(Level.WARNING, "Redis subscription lost; retrying in 1 s", lost);
          pause();
        }
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    JedisPubSub current = subscription;
    if (current != null && current.isSubscribed()) {
      current.unsubscribe();
    }
  }
}
