package net.orderbridge.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import net.orderbridge.container.probe.TimerProbe;
import net.orderbridge.container.probe.TimerProbe.TimerFact;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The push and pull run from persistent interval timers, one each, at the intervals configured (the
 * build gives the server {@code sync.push.interval=PT7S} and {@code sync.pull.interval=PT43S},
 * which no default has). Persistent timers live in Liberty's database store.
 */
@ExtendWith(ArquillianExtension.class)
class PersistentTimersIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return OrderBridgeDeployment.withTests(PersistentTimersIT.class);
  }

  @Inject TimerProbe probe;

  @Test
  void thePushTimerIsOnePersistentIntervalTimerAtTheConfiguredInterval() {
    assertOnePersistentIntervalTimer("orderbridge-push", 7_000);
  }

  @Test
  void thePullTimerIsOnePersistentIntervalTimerAtTheConfiguredInterval() {
    assertOnePersistentIntervalTimer("orderbridge-pull", 43_000);
  }

  @Test
  void bothLiveInTheDatabaseStore() {
    for (String bean : List.of("PushTimer", "PullTimer")) {
      assertThat(
              InContainer.countCommitted(
                  "select count(*) from wlptask where iname = ? and ownr = 'orderbridge-arq'",
                  "!EJBTimerP!sync-module.jar#" + bean))
          .as("rows of the " + bean + "'s persistent timer in Liberty's task store")
          .isEqualTo(1);
    }
  }

  private void assertOnePersistentIntervalTimer(String name, long intervalMillis) {
    List<TimerFact> named =
        probe.allTimers().stream().filter(timer -> timer.info().startsWith(name + ":")).toList();

    assertThat(named).as("timers named " + name).hasSize(1);
    TimerFact timer = named.get(0);
    assertThat(timer.info()).isEqualTo(name + ":" + intervalMillis);
    assertThat(timer.persistent()).as("persistent").isTrue();
    assertThat(timer.calendar()).as("a calendar timer").isFalse();
    assertThat(timer.millisToNextTimeout()).isBetween(0L, intervalMillis);
  }
}
