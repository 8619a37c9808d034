package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import net.orderbridge.sync.binding.BindingsRedone;
import net.orderbridge.sync.fixture.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The drain behind every wake-up: it pushes on a managed thread, never the caller's, batch after
 * batch until one claims nothing; a full batch calls one more worker, up to {@code
 * sync.push.threads}; wake-ups while it runs make one more round instead of more workers; a stopped
 * switch claims nothing; and neither a refusing executor nor a failing batch leaves it unable to
 * start again. The executor here keeps what it is given, and the test runs it on its own thread
 * when it chooses, so every interleaving is the test's.
 */
class PushDrainTest {
  private static final int BATCH = 10;

  /** Workers handed to the executor and not run yet, oldest first. */
  private final Deque<Runnable> submitted = new ArrayDeque<>();

  private final Batches batches = new Batches();
  private final Switch pushSwitch = new Switch();
  private final CapturedLog log = CapturedLog.of(PushDrain.class.getName());
  private int threads = 1;
  private int executions;
  private boolean stopping;

  @AfterEach
  void closeLog() {
    log.close();
  }

  @Test
  void aWakeUpPushesOnAManagedThreadNotTheCallers() {
    PushDrain drain = drain();
    batches.claiming(3);

    drain.wake();

    assertThat(batches.asked).as("nothing pushed on the caller's thread").isZero();
    assertThat(submitted).hasSize(1);
    runAll();
    assertThat(batches.asked).isEqualTo(2);
  }

  @Test
  void aWorkerPushesBatchesUntilOneClaimsNothing() {
    PushDrain drain = drain();
    batches.claiming(BATCH - 1, 4, 1);

    drain.wake();
    runAll();

    assertThat(batches.asked).as("three batches with orders and the empty one").isEqualTo(4);
    assertThat(executions).as("no batch was full: one worker").isEqualTo(1);
  }

  @Test
  void aFullBatchCallsOneMoreWorkerUpToTheThreads() {
    threads = 2;
    PushDrain drain = drain();
    batches.claiming(BATCH, BATCH, BATCH);

    drain.wake();
    submitted.poll().run();

    assertThat(batches.asked).isEqualTo(4);
    assertThat(executions)
        .as("the first full batch called a second worker; the two running are all there may be")
        .isEqualTo(2);
    runAll();
    assertThat(executions).isEqualTo(2);
  }

  @Test
  void withOneThreadAFullBatchIsPushedByTheSameWorker() {
    PushDrain drain = drain();
    batches.claiming(BATCH, BATCH);

    drain.wake();
    runAll();

    assertThat(executions).isEqualTo(1);
    assertThat(batches.asked).isEqualTo(3);
  }

  @Test
  void wakeUpsWhileAWorkerRunsMakeOneMoreRoundNotMoreWorkers() {
    PushDrain drain = drain();
    batches.claiming(2);
    batches.during(
        1,
        () -> {
          drain.wake();
          drain.wake();
        });

    drain.wake();
    runAll();

    assertThat(executions).isEqualTo(1);
    assertThat(batches.asked)
        .as("the round with the order and its empty batch, then one more round")
        .isEqualTo(3);
  }

  @Test
  void aWakeUpWhileTheWorkerWaitsForItsThreadStartsNoOther() {
    PushDrain drain = drain();

    drain.wake();
    drain.wake();

    assertThat(submitted).hasSize(1);
    runAll();
    assertThat(batches.asked).isEqualTo(1);
  }

  @Test
  void aFinishedDrainIsStartedAgainByTheNextWakeUp() {
    PushDrain drain = drain();
    drain.wake();
    runAll();
    batches.claiming(1);

    drain.wake();

    assertThat(submitted).hasSize(1);
    runAll();
    assertThat(executions).isEqualTo(2);
    assertThat(batches.asked).isEqualTo(3);
  }

  @Test
  void whileThePushIsStoppedAWorkerClaimsNothing() {
    PushDrain drain = drain();
    pushSwitch.enabled = false;
    batches.claiming(5);

    drain.wake();
    runAll();

    assertThat(batches.asked).isZero();
    pushSwitch.enabled = true;
    drain.wake();
    runAll();
    assertThat(batches.asked).as("started again once the push runs").isEqualTo(2);
  }

  @Test
  void aStopTakesEffectAfterTheBatchInHand() {
    PushDrain drain = drain();
    batches.claiming(3, 3, 3);
    batches.during(1, () -> pushSwitch.enabled = false);

    drain.wake();
    runAll();

    assertThat(batches.asked).isEqualTo(1);
  }

  @Test
  void anExecutorThatRefusesLeavesTheDrainToTheNextWakeUp() {
    PushDrain drain = drain();
    stopping = true;

    assertThatCode(drain::wake).doesNotThrowAnyException();

    assertThat(submitted).isEmpty();
    stopping = false;
    drain.wake();
    assertThat(submitted).as("the refused worker is not counted as running").hasSize(1);
    runAll();
    assertThat(batches.asked).isEqualTo(1);
  }

  @Test
  void aHelperTheExecutorRefusesIsNotCountedAsRunning() {
    threads = 2;
    PushDrain drain = drain();
    batches.claiming(BATCH);
    batches.during(1, () -> stopping = true);

    drain.wake();
    runAll();
    stopping = false;
    batches.claiming(BATCH);
    drain.wake();
    runAll();

    assertThat(executions)
        .as("the first worker, the second one and the helper its full batch called")
        .isEqualTo(3);
  }

  @Test
  void aFailingBatchIsLoggedNotThrownAndTheNextWakeUpStartsAgain() {
    PushDrain drain = drain();
    RuntimeException failure = new IllegalStateException("outbox unreachable");
    batches.failing = failure;

    drain.wake();
    assertThatCode(this::runAll).doesNotThrowAnyException();

    assertThat(log.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.WARNING);
              assertThat(r.getMessage()).contains("the timer starts it again");
              assertThat(r.getThrown()).isSameAs(failure);
            });
    batches.failing = null;
    drain.wake();
    assertThat(submitted).hasSize(1);
    runAll();
    assertThat(batches.asked).isEqualTo(2);
  }

  @Test
  void aWakeUpThatCameBeforeABatchFailedStartsAFreshWorker() {
    PushDrain drain = drain();
    batches.during(
        1,
        () -> {
          drain.wake();
          throw new IllegalStateException("outbox unreachable");
        });

    drain.wake();
    submitted.poll().run();

    assertThat(submitted).as("the wake-up is not lost with the failed worker").hasSize(1);
    runAll();
    assertThat(batches.asked).isEqualTo(2);
  }

  @Test
  void bindingsRedoneByAnOperatorWakeTheDrain() {
    PushDrain drain = drain();

    drain.bindingsRedone(new BindingsRedone());

    assertThat(submitted).hasSize(1);
  }

  private PushDrain drain() {
    PushDrain drain =
        new PushDrain(
            batches,
            pushSwitch,
            new PushSettings(
                BATCH,
                threads,
                Duration.ofMinutes(5),
                5,
                Duration.ofSeconds(1),
                Duration.ofMinutes(2),
                Duration.ofSeconds(2)));
    drain.executor = executor();
    return drain;
  }

  /** Runs the waiting workers, and those they start, until none waits. */
  private void runAll() {
    while (!submitted.isEmpty()) {
      submitted.poll().run();
    }
  }

  /** A managed executor that keeps what it is given to run, or refuses it while stopping. */
  private ManagedExecutorService executor() {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            ManagedExecutorService.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("execute")) {
                throw new AssertionError("unexpected executor call: " + method.getName());
              }
              if (stopping) {
                throw new RejectedExecutionException("shutting down");
              }
              executions++;
              submitted.add((Runnable) args[0]);
              return null;
            });
  }

  /** The push, claiming the counts it is given in turn and nothing after them. */
  private static final class Batches extends BatchSyncPendingOrders {
    private final Deque<Integer> claims = new ArrayDeque<>();
    private final List<Runnable> effects = new ArrayList<>();
    private int effectAt;
    int asked;
    RuntimeException failing;

    void claiming(Integer... counts) {
      claims.addAll(List.of(counts));
    }

    /** While the {@code nth} batch is pushed (from 1), this happens too. */
    void during(int nth, Runnable effect) {
      effectAt = nth;
      effects.add(effect);
    }

    @Override
    public BatchSyncResult batchSyncPendingOrders() {
      asked++;
      if (asked == effectAt) {
        effects.forEach(Runnable::run);
      }
      if (failing != null) {
        throw failing;
      }
      int claimed = claims.isEmpty() ? 0 : claims.poll();
      return new BatchSyncResult(claimed, claimed, 0, 0, 0, 0, 1, List.of());
    }
  }

  /** The operators' switch, on unless a test turns it off. */
  private static final class Switch implements PushSwitch {
    boolean enabled = true;

    @Override
    public Standing standing() {
      return new Standing(enabled, "operator", Instant.EPOCH);
    }

    @Override
    public void turn(boolean enabled, String by) {
      this.enabled = enabled;
    }
  }
}
