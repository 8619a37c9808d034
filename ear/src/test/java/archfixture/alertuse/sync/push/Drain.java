package archfixture.alertuse.sync.push;

import archfixture.alertuse.sync.alert.Alerts;

/** Breaks the rule: the push tells the alerts itself instead of firing an event they observe. */
public class Drain {
  void drained(Alerts alerts) {
    alerts.fire("batch-drain-finished");
  }
}
