package net.orderbridge.supplier.application;

/** Counts the Odoo records a catalogue refresh left out, by model (a metric, in production). */
public interface SkippedRecordCounter {
  void skipped(String model);
}
