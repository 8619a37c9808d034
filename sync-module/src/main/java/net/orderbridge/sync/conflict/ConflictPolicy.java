package net.orderbridge.sync.conflict;

/** How a field changed on both sides to different values is settled. */
public enum ConflictPolicy {
  LOCAL_WINS,
  REMOTE_WINS,
  MANUAL
}
