package net.orderbridge.sync.pull;

import java.util.Optional;

/**
 * A poll that imported orders made in Odoo finished (fired once per such poll, after its last
 * page): what it read and what became of it. A poll that imported nothing fires nothing.
 *
 * @param read orders read from Odoo
 * @param imported orders made in Odoo that became local orders
 * @param applied bound orders whose Odoo changes were applied
 * @param conflicts orders parked by a conflict
 * @param skipped orders left out by the import mode ({@code sync.pull.import})
 * @param failed orders whose apply failed (parked for a retry)
 */
public record ImportRunFinished(
    int read,
    int imported,
    int applied,
    int conflicts,
    int skipped,
    int failed,
    long durationMillis) {

  /** The import run a poll's result describes, if it imported anything. */
  static Optional<ImportRunFinished> of(PollResult poll, long durationMillis) {
    int imported = poll.outcomes().getOrDefault(PullOneOrder.Outcome.IMPORTED, 0);
    if (imported == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ImportRunFinished(
            poll.read(),
            imported,
            poll.outcomes().getOrDefault(PullOneOrder.Outcome.APPLIED, 0),
            poll.outcomes().getOrDefault(PullOneOrder.Outcome.CONFLICT, 0),
            poll.outcomes().getOrDefault(PullOneOrder.Outcome.SKIPPED, 0),
            poll.failed(),
            durationMillis));
  }
}
