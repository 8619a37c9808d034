package net.orderbridge.sync.conflict;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conflicts found by the pull, open and resolved. */
public interface SyncConflicts {

  /** Stores a new conflict; an open one on the same field of the order takes the newer values. */
  void record(SyncConflict conflict);

  Optional<SyncConflict> find(long id);

  /** Locks the conflict row for a resolution. */
  Optional<SyncConflict> lock(long id);

  List<SyncConflict> list(SyncConflict.Status status, int limit);

  List<SyncConflict> openOf(UUID orderId);

  /** How many conflicts wait for a person. */
  long countOpen();

  void store(SyncConflict resolved);
}
