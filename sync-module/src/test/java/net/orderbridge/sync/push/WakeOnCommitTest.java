package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import net.orderbridge.shared.event.PurchaseOrderImported;
import net.orderbridge.shared.event.PurchaseOrderPlaced;
import org.junit.jupiter.api.Test;

/** A committed local change wakes the drain; a change that came from Odoo does not. */
class WakeOnCommitTest {
  private int wakes;

  private final PushDrain drain =
      new PushDrain(null, null, null) {
        @Override
        public void wake() {
          wakes++;
        }
      };

  private final WakeOnCommit onCommit = new WakeOnCommit(drain);

  @Test
  void aLocalChangeWakesTheDrain() {
    onCommit.committed(new PurchaseOrderPlaced(UUID.randomUUID(), Instant.EPOCH));

    assertThat(wakes).isEqualTo(1);
  }

  @Test
  void anOrderImportedFromOdooHasNothingToPush() {
    onCommit.committed(new PurchaseOrderImported(UUID.randomUUID(), 11L, Instant.EPOCH));

    assertThat(wakes).isZero();
  }
}
