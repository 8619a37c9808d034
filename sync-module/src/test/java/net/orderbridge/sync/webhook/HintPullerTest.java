package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import net.orderbridge.sync.fixture.CapturedLog;
import net.orderbridge.sync.pull.PullPurchaseOrders;
import net.orderbridge.sync.pull.PurchaseOrderHinted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fast path after a hint has committed: the pull runs on a managed thread, never on the
 * caller's, and whatever goes wrong there is left to the timer's sweep instead of failing anyone.
 */
class HintPullerTest {
  private final List<Runnable> submitted = new ArrayList<>();
  private final Pull pull = new Pull();
  private final CapturedLog log = CapturedLog.of(HintPuller.class.getName());
  private boolean stopping;

  @AfterEach
  void closeLog() {
    log.close();
  }

  @Test
  void aCommittedHintIsPulledOnAManagedThreadNotTheCallers() {
    HintPuller puller = puller();

    puller.hinted(new PurchaseOrderHinted(42));

    assertThat(pull.hinted).as("nothing pulled on the caller's thread").isEmpty();
    assertThat(submitted).hasSize(1);
    submitted.get(0).run();
    assertThat(pull.hinted).containsExactly(42L);
    assertThat(pull.settleMissing).containsExactly(false);
  }

  @Test
  void anExecutorThatIsStoppingLeavesTheHintToTheTimer() {
    HintPuller puller = puller();
    stopping = true;

    assertThatCode(() -> puller.hinted(new PurchaseOrderHinted(42))).doesNotThrowAnyException();

    assertThat(pull.hinted).isEmpty();
  }

  @Test
  void aFailedPullIsLoggedWithItsOrderAndNotThrownFromTheManagedThread() {
    HintPuller puller = puller();
    pull.failure = new IllegalStateException("Odoo answered 500");
    puller.hinted(new PurchaseOrderHinted(7));

    assertThatCode(() -> submitted.get(0).run()).doesNotThrowAnyException();

    assertThat(pull.hinted).containsExactly(7L);
    assertThat(log.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.WARNING);
              assertThat(r.getMessage()).contains("hinted order 7", "the timer retries");
              assertThat(r.getThrown()).isSameAs(pull.failure);
            });
  }

  @Test
  void theBeanCanBeBuiltForItsClientProxy() {
    assertThatCode(HintPuller::new).doesNotThrowAnyException();
  }

  private HintPuller puller() {
    HintPuller puller = new HintPuller(pull);
    puller.executor = executor();
    return puller;
  }

  /** A managed executor that keeps what it is given to run, or refuses it while stopping. */
  private ManagedExecutorService executor() {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            ManagedExecutorService.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("execute")) {
                if (stopping) {
                  throw new RejectedExecutionException("shutting down");
                }
                submitted.add((Runnable) args[0]);
                return null;
              }
              throw new AssertionError("unexpected executor call: " + method.getName());
            });
  }

  /** The pull, recording the hints it is asked to process. */
  private static final class Pull extends PullPurchaseOrders {
    final List<Long> hinted = new ArrayList<>();
    final List<Boolean> settleMissing = new ArrayList<>();
    RuntimeException failure;

    @Override
    public boolean processHint(long odooId, boolean settle) {
      hinted.add(odooId);
      settleMissing.add(settle);
      if (failure != null) {
        throw failure;
      }
      return true;
    }
  }
}
