package net.orderbridge.sync.alert;

/** How urgent an alert is: the three levels of the design's alerting strategy. */
public enum AlertLevel {
  /** Sync has stopped or will stop: someone must act now. */
  CRITICAL,
  /** Sync runs but degrades: look at it today. */
  WARNING,
  /** Something worth knowing happened (a bulk operation, a maintenance switch). */
  INFO
}
