package net.orderbridge.sync.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Push metrics that only count, without a metric registry. */
class RecordingPushMetrics extends PushMetrics {
  int succeeded;
  int failed;
  int deadLetters;
  int parked;
  final List<Integer> cleaned = new ArrayList<>();
  final List<String> merged = new ArrayList<>();

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
  void odooEditsMerged(String outcome) {
    merged.add(outcome);
  }

  @Override
  void parked() {
    parked++;
  }

  @Override
  void deadLettered() {
    deadLetters++;
  }

  @Override
  void outboxCleaned(int messages) {
    cleaned.add(messages);
  }
}
