package net.orderbridge.sync.pull;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the poll of {@code purchase.order} stands between runs. A port: the adapter keeps it in
 * {@code sync.pull_cursor}.
 */
public interface PollCursor {

  /** Where the last applied page ended: ({@code write_date}, {@code id}). */
  record Position(Instant writeDate, long odooId) {}

  Optional<Position> current();

  /** Moves the cursor forward (never back). */
  void advance(Position to);
}
