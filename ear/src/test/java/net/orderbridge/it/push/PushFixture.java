package net.orderbridge.it.push;

import net.orderbridge.it.SyncFixture;

/** The push ITs' fixture: everything is in {@link SyncFixture}. */
final class PushFixture extends SyncFixture {
  private PushFixture() {}
}
