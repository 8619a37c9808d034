package net.orderbridge.sync.schedule;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * Keeps exactly one persistent interval timer per name, at the configured interval. Persistent
 * timers outlive restarts and are shared by every instance through the database, so a start-up that
 * simply created one would add a timer per start; the timer's info names it and its interval, and
 * stale ones are cancelled.
 */
public final class IntervalTimers {
  private IntervalTimers() {}

  public static void keepOne(TimerService timers, String name, Duration interval) {
    long millis = interval.toMillis();
    String info = name + ":" + millis;
    boolean present = false;
    for (Timer timer : timers.getTimers()) {
      if (info.equals(timer.getInfo()) && !present) {
        present = true;
      } else if (String.valueOf(timer.getInfo()).startsWith(name)) {
        timer.cancel();
      }
    }
    if (!present) {
      timers.createIntervalTimer(millis, millis, new TimerConfig(info, true));
    }
  }
}
