package net.orderbridge.container.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.util.List;

/**
 * Added to the sync-module's EJB jar by the test deployment: {@link TimerService#getAllTimers()}
 * lists the timers of the caller's module only, so the push and pull timers can be seen from a bean
 * of that module alone.
 */
@Stateless
public class TimerProbe {
  @Resource TimerService timers;

  public List<TimerFact> allTimers() {
    return timers.getAllTimers().stream().map(TimerFact::of).toList();
  }

  /** What a test checks of one timer, read inside the bean. */
  public record TimerFact(
      String info, boolean persistent, boolean calendar, long millisToNextTimeout) {
    static TimerFact of(Timer timer) {
      return new TimerFact(
          String.valueOf(timer.getInfo()),
          timer.isPersistent(),
          timer.isCalendarTimer(),
          timer.getTimeRemaining());
    }
  }
}
