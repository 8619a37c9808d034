package net.orderbridge.sync.pull;

/**
 * Deleting webhook hints settled long enough ago, one chunk per pull tick. A port of the pull
 * timer's that the webhook package implements, so that the pull does not depend on the webhook.
 */
@FunctionalInterface
public interface SettledHintCleanup {
  /** One chunk of the clean-up; how many hints went. */
  int deleteSettledHints();
}
