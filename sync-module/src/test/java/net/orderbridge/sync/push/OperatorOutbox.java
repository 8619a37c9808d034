package net.orderbridge.sync.push;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.orderbridge.sync.fixture.InMemoryOutbox;

/**
 * The in-memory outbox with the rows operators look at: dead letters to revive, settled messages to
 * clean, and each order's history. Revived letters are gone from {@link #dead} and listed in {@link
 * #revived}; {@link #deleteDone} keeps the newest settled message, as the real table does.
 */
class OperatorOutbox extends InMemoryOutbox {
  final List<OutboxMessage> dead = new ArrayList<>();
  final List<OutboxMessage> done = new ArrayList<>();
  final List<OutboxMessage> revived = new ArrayList<>();

  /** The {@code limit} of every {@link #deadLetters(int)} and {@link #deleteDone} call. */
  final List<Integer> limits = new ArrayList<>();

  private long nextId = 100;

  OutboxMessage dead(UUID orderId, String errorType) {
    OutboxMessage m =
        new OutboxMessage(
            nextId++,
            orderId,
            "PLACED",
            "DEAD",
            5,
            Instant.EPOCH,
            Instant.EPOCH,
            null,
            errorType,
            "refused");
    dead.add(m);
    return m;
  }

  OutboxMessage done(UUID orderId, Instant processedAt) {
    OutboxMessage m =
        new OutboxMessage(
            nextId++,
            orderId,
            "CHANGED",
            "DONE",
            0,
            processedAt,
            processedAt,
            processedAt,
            null,
            null);
    done.add(m);
    return m;
  }

  @Override
  public Optional<UUID> revive(long messageId) {
    Optional<OutboxMessage> found = dead.stream().filter(m -> m.id() == messageId).findFirst();
    found.ifPresent(this::revive);
    return found.map(OutboxMessage::orderId);
  }

  @Override
  public List<UUID> reviveAll(Optional<String> errorType) {
    List<OutboxMessage> matching =
        dead.stream().filter(m -> errorType.map(m.errorType()::equals).orElse(true)).toList();
    matching.forEach(this::revive);
    return matching.stream().map(OutboxMessage::orderId).toList();
  }

  private void revive(OutboxMessage m) {
    dead.remove(m);
    revived.add(m);
  }

  @Override
  public int deleteDone(Instant processedBefore, int limit) {
    limits.add(limit);
    Optional<OutboxMessage> newest = done.stream().max(Comparator.comparing(m -> m.processedAt()));
    List<OutboxMessage> old =
        done.stream()
            .filter(m -> m.processedAt().isBefore(processedBefore))
            .filter(m -> !newest.map(m::equals).orElse(false))
            .sorted(Comparator.comparing(OutboxMessage::processedAt))
            .limit(limit)
            .toList();
    done.removeAll(old);
    return old.size();
  }

  @Override
  public List<OutboxMessage> history(UUID orderId) {
    return Stream.concat(dead.stream(), done.stream())
        .filter(m -> m.orderId().equals(orderId))
        .toList();
  }

  @Override
  public List<OutboxMessage> deadLetters(int limit) {
    limits.add(limit);
    return dead.stream().limit(limit).toList();
  }
}
