package net.orderbridge.sync.application.webhook;

/** The queue of hints and the realtime switch. A port: the adapter keeps both in PostgreSQL. */
public interface WebhookHints {

  /** Queues a hint; false when the same record already has a pending hint (nothing new to do). */
  boolean enqueue(WebhookHint hint);

  /** Marks a pending hint as handled (catalogue hints are handled at once). */
  void markProcessed(WebhookHint hint);

  boolean realtimeEnabled();

  void switchRealtime(boolean enabled, String by);
}
