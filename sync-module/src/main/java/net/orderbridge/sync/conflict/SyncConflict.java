package net.orderbridge.sync.conflict;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A field of one order changed on both sides since the last sync. While it is {@code OPEN} and its
 * policy is manual, the order's push is parked (the claim skips it), so Odoo's value survives until
 * a person chooses.
 *
 * @param id null before it is stored
 * @param choice {@code LOCAL}, {@code REMOTE} or {@code MERGED} once resolved (or the policy name
 *     for conflicts settled by policy)
 */
public record SyncConflict(
    Long id,
    UUID orderId,
    String path,
    String base,
    String local,
    String remote,
    FieldGroup group,
    ConflictPolicy policy,
    Status status,
    Instant createdAt,
    String choice,
    String resolvedValue,
    String decidedBy,
    Instant decidedAt) {

  public enum Status {
    OPEN,
    RESOLVED
  }

  /** How a person settles a conflict. */
  public enum Choice {
    LOCAL,
    REMOTE,
    MERGED
  }

  public SyncConflict {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }

  /** A conflict found now: open when it waits for a person, else resolved by its policy. */
  public static SyncConflict detected(UUID orderId, FieldConflict found, Instant now) {
    boolean manual = found.policy() == ConflictPolicy.MANUAL;
    return new SyncConflict(
        null,
        orderId,
        found.path(),
        found.base(),
        found.local(),
        found.remote(),
        found.group(),
        found.policy(),
        manual ? Status.OPEN : Status.RESOLVED,
        now,
        manual ? null : found.policy().name(),
        manual
            ? null
            : (found.policy() == ConflictPolicy.LOCAL_WINS ? found.local() : found.remote()),
        manual ? null : "policy",
        manual ? null : now);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  /** The value a choice settles on: ours, Odoo's, or the one given. */
  public String valueOf(Choice choice, String merged) {
    return switch (choice) {
      case LOCAL -> local;
      case REMOTE -> remote;
      case MERGED -> merged;
    };
  }

  public SyncConflict resolve(Choice choice, String value, String by, Instant at) {
    if (!isOpen()) {
      throw new IllegalStateException("conflict " + id + " is resolved already");
    }
    Objects.requireNonNull(by, "by");
    return new SyncConflict(
        id,
        orderId,
        path,
        base,
        local,
        remote,
        group,
        policy,
        Status.RESOLVED,
        createdAt,
        choice.name(),
        value,
        by,
        at);
  }
}
