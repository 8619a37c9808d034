package net.orderbridge.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.supplier.api.CatalogueRecordChanged;
import net.orderbridge.sync.fixture.InMemoryWebhookHints;
import net.orderbridge.sync.fixture.MapConfig;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.pull.PurchaseOrderHinted;
import org.junit.jupiter.api.Test;

/**
 * A webhook from the resource to the hint queue and the announcement that makes {@code HintPuller}
 * pull the order: the real {@link OdooWebhookResource}, {@link ReceiveWebhook} and {@link
 * PromptPurchaseOrderHints} over an in-memory queue. Odoo's automation rule fires once per write,
 * so one order edited many times sends many hints; they must make one pull.
 */
class WebhookOrchestrationTest {
  private static final String TOKEN = "t".repeat(WebhookGate.MIN_TOKEN_LENGTH);

  private final InMemoryWebhookHints queue = new InMemoryWebhookHints();
  private final RecordedEvents<PurchaseOrderHinted> pulls = new RecordedEvents<>();
  private final RecordedEvents<CatalogueRecordChanged> catalogue = new RecordedEvents<>();
  private final CountingMetrics metrics = new CountingMetrics();
  private final Map<String, String> config = new HashMap<>(Map.of("WEBHOOK_TOKEN", TOKEN));

  private static final String ORDER_42 = "{\"_model\": \"purchase.order\", \"_id\": 42}";

  @Test
  void manyHintsForOneOrderMakeOnePull() {
    List<ReceiveWebhook.Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      outcomes.add(receive(ORDER_42));
    }

    assertThat(pulls.fired).containsExactly(new PurchaseOrderHinted(42));
    assertThat(queue.waiting).containsExactly(new WebhookHint("purchase.order", 42));
    assertThat(outcomes.get(0)).isEqualTo(ReceiveWebhook.Outcome.QUEUED);
    assertThat(outcomes.subList(1, 5)).containsOnly(ReceiveWebhook.Outcome.ALREADY_QUEUED);
  }

  @Test
  void hintsForTwoOrdersMakeTwoPulls() {
    receive(ORDER_42);
    receive("{\"_model\": \"purchase.order\", \"_id\": 43}");

    assertThat(pulls.fired)
        .containsExactly(new PurchaseOrderHinted(42), new PurchaseOrderHinted(43));
  }

  @Test
  void aHintWithAWrongTokenIsCountedAndNotStored() {
    WebhookRefused refused = refusedAtTheResource("x".repeat(TOKEN.length()), ORDER_42);

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.TOKEN);
    assertThat(metrics.received).isEqualTo(1);
    assertThat(metrics.rejected).isEqualTo(1);
    assertThat(metrics.refused).containsExactly(WebhookRefused.Reason.TOKEN);
    assertThat(metrics.accepted).isZero();
    assertThat(queue.waiting).isEmpty();
    assertThat(pulls.fired).isEmpty();
  }

  @Test
  void aHintThatNamesNoOdooRecordIsCountedAndNotStored() {
    WebhookRefused refused =
        refusedAtTheResource(TOKEN, "{\"_model\": \"purchase.order\", \"_id\": 0}");

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.INVALID);
    assertThat(metrics.refused).containsExactly(WebhookRefused.Reason.INVALID);
    assertThat(queue.waiting).isEmpty();
    assertThat(pulls.fired).isEmpty();
  }

  @Test
  void aHintWhileRealtimeSyncIsStoppedIsCountedAndNotStored() {
    queue.switchRealtime(false, "operator");

    WebhookRefused refused = refusedAtTheResource(TOKEN, ORDER_42);

    assertThat(refused.reason()).isEqualTo(WebhookRefused.Reason.STOPPED);
    assertThat(metrics.refused).containsExactly(WebhookRefused.Reason.STOPPED);
    assertThat(queue.waiting).isEmpty();
    assertThat(pulls.fired).isEmpty();
  }

  @Test
  void aFullQueueRefusesANewOrdersHintButStillCoalescesAWaitingOne() {
    config.put("WEBHOOK_MAX_PENDING", "1");
    receive(ORDER_42);

    WebhookRefused full =
        catchThrowableOfType(
            WebhookRefused.class, () -> receive("{\"_model\": \"purchase.order\", \"_id\": 43}"));

    assertThat(full.reason()).isEqualTo(WebhookRefused.Reason.FULL);
    assertThat(full.retryAfter()).isPresent();
    assertThat(receive(ORDER_42)).isEqualTo(ReceiveWebhook.Outcome.ALREADY_QUEUED);
    assertThat(queue.waiting).containsExactly(new WebhookHint("purchase.order", 42));
    assertThat(pulls.fired).containsExactly(new PurchaseOrderHinted(42));
  }

  @Test
  void aCatalogueHintRefreshesTheCatalogueAndQueuesNoPull() {
    assertThat(receive("{\"_model\": \"product.product\", \"_id\": 7}"))
        .isEqualTo(ReceiveWebhook.Outcome.CATALOGUE_REFRESH);

    assertThat(catalogue.fired)
        .containsExactly(new CatalogueRecordChanged(CatalogueRecordChanged.PRODUCT, 7));
    assertThat(queue.waiting).isEmpty();
    assertThat(pulls.fired).isEmpty();
  }

  private ReceiveWebhook receiver() {
    MapConfig values = new MapConfig(config);
    PromptPurchaseOrderHints prompting = new Prompting();
    prompting.delegate = queue;
    prompting.hinted = pulls;
    return new ReceiveWebhook(
        prompting,
        new WebhookGate(values),
        new WebhookSettings(values),
        catalogue,
        Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));
  }

  private ReceiveWebhook.Outcome receive(String body) {
    return receiver()
        .receive("127.0.0.1", TOKEN, body.getBytes(StandardCharsets.UTF_8), null, null);
  }

  /**
   * Posts to the resource, which counts what it refuses. Only refusals: an accepted hint's answer
   * needs a JAX-RS runtime, which the unit tests do not have.
   */
  private WebhookRefused refusedAtTheResource(String token, String body) {
    OdooWebhookResource resource = new OdooWebhookResource(receiver(), metrics);
    resource.request = fromAddress("127.0.0.1");
    return catchThrowableOfType(
        WebhookRefused.class,
        () ->
            resource.receive(
                token,
                null,
                null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
  }

  private static HttpServletRequest fromAddress(String address) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getRemoteAddr")) {
                return address;
              }
              throw new AssertionError("unexpected request call: " + method.getName());
            });
  }

  /** The decorator as the container completes it: every other method goes to the delegate. */
  private static class Prompting extends PromptPurchaseOrderHints {
    @Override
    public List<ParkedHint> parked(int limit) {
      return delegate.parked(limit);
    }

    @Override
    public long countParked() {
      return delegate.countParked();
    }

    @Override
    public int deleteSettledBefore(Instant cutoff, int chunk) {
      return delegate.deleteSettledBefore(cutoff, chunk);
    }

    @Override
    public boolean realtimeEnabled() {
      return delegate.realtimeEnabled();
    }

    @Override
    public void switchRealtime(boolean enabled, String by) {
      delegate.switchRealtime(enabled, by);
    }
  }

  private static class CountingMetrics extends WebhookMetrics {
    final List<WebhookRefused.Reason> refused = new ArrayList<>();
    int received;
    int accepted;
    int rejected;

    @Override
    public void received() {
      received++;
    }

    @Override
    public void accepted() {
      accepted++;
    }

    @Override
    public void refused(WebhookRefused.Reason reason) {
      refused.add(reason);
    }

    @Override
    public void rejected() {
      rejected++;
    }
  }
}
