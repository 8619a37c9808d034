package net.orderbridge.sync.push;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as operators see it. */
public record OutboxMessage(
    long id,
    UUID orderId,
    String kind,
    String status,
    int attempts,
    Instant createdAt,
    Instant dueAt,
    Instant processedAt,
    String errorType,
    String lastError) {}
