package net.orderbridge.sync.alert;

import java.util.ArrayList;
import java.util.List;

/** A notifier that records what it was told, and fails while told to. */
final class RecordingNotifier implements Notifier {
  private final String name;
  final List<String> told = new ArrayList<>();
  boolean failing;

  RecordingNotifier(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean configured() {
    return true;
  }

  @Override
  public void send(Alert alert, AlertState event) throws Exception {
    if (failing) {
      throw new java.io.IOException("listener down");
    }
    told.add(alert.name() + " " + event);
  }
}
