package net.orderbridge.sync.push;

import java.time.Duration;

/** Push metrics that only count, without a metric registry. */
class RecordingPushMetrics extends PushMetrics {
  int succeeded;
  int failed;
  int deadLetters;
  int parked;

  @Override
  void succeeded(OutboxClaim claim, Duration latency) {
    succeeded++;
  }

  @Override
  void failed(OutboxClaim claim, PushFailure failure) {
    failed++;
  }

  @Override
  void settlingFailed(PushFailure failure) {}

  @Override
  void odooEditsMerged(String outcome) {}

  @Override
  void parked() {
    parked++;
  }

  @Override
  void deadLettered() {
    deadLetters++;
  }
}
