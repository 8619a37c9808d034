package net.orderbridge.sync.status;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.purchaseorder.api.PurchaseOrderReader;
import net.orderbridge.sync.outcome.SyncOutcome;

/**
 * The open event streams of this instance. Each committed {@link SyncOutcome} goes to every stream
 * allowed to see its order, from a managed thread (never the thread that committed the sync's
 * work); a comment every {@value #KEEP_ALIVE_SECONDS} seconds keeps proxies from closing a quiet
 * stream and finds the clients that left.
 */
@ApplicationScoped
public class SyncEventStreams {
  private static final Logger LOG = Logger.getLogger(SyncEventStreams.class.getName());
  static final long KEEP_ALIVE_SECONDS = 15;

  /** One client's stream; {@code purchaser} is null for a caller who may see every order. */
  private record Stream(SseEventSink sink, Sse sse, String purchaser, Map<UUID, Boolean> theirs) {}

  /** The data of one event. */
  public record OutcomeView(
      String orderId,
      String kind,
      Long odooId,
      String odooName,
      String detail,
      Instant occurredAt) {}

  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private final Jsonb json = JsonbBuilder.create();

  private final SyncOutcomeFeed feed;
  private final PurchaseOrderReader orders;

  @Inject
  public SyncEventStreams(SyncOutcomeFeed feed, PurchaseOrderReader orders) {
    this.feed = feed;
    this.orders = orders;
  }

  /** For CDI's client proxy. */
  protected SyncEventStreams() {
    this(null, null);
  }

  @Resource ManagedScheduledExecutorService executor;

  private Runnable unsubscribe;
  private ScheduledFuture<?> keepAlive;

  synchronized void open(SseEventSink sink, Sse sse, String purchaser) {
    if (unsubscribe == null) {
      unsubscribe = feed.subscribe(o -> executor.execute(() -> deliver(o)));
      keepAlive =
          executor.scheduleWithFixedDelay(
              this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }
    Stream stream = new Stream(sink, sse, purchaser, new ConcurrentHashMap<>());
    streams.add(stream);
    send(stream, sse.newEventBuilder().name("ready").data("{}").build());
  }

  private void deliver(SyncOutcome outcome) {
    String data =
        json.toJson(
            new OutcomeView(
                outcome.orderId().toString(),
                outcome.kind().eventName(),
                outcome.odooId(),
                outcome.odooName(),
                outcome.detail(),
                outcome.occurredAt()));
    for (Stream stream : streams) {
      if (mayHear(stream, outcome.orderId())) {
        send(
            stream,
            stream.sse().newEventBuilder().name(outcome.kind().eventName()).data(data).build());
      }
    }
  }

  private boolean mayHear(Stream stream, UUID orderId) {
    if (stream.purchaser() == null) {
      return true;
    }
    return stream
        .theirs()
        .computeIfAbsent(
            orderId, id -> orders.placedBy(id).map(stream.purchaser()::equals).orElse(false));
  }

  private void keepAlive() {
    for (Stream stream : streams) {
      send(stream, stream.sse().newEventBuilder().comment("keep-alive").build());
    }
  }

  private void send(Stream stream, OutboundSseEvent event) {
    if (stream.sink().isClosed()) {
      streams.remove(stream);
      return;
    }
    stream
        .sink()
        .send(event)
        .whenComplete(
            (ok, failed) -> {
              if (failed != null) {
                streams.remove(stream);
                close(stream);
              }
            });
  }

  private static void close(Stream stream) {
    try {
      stream.sink().close();
    } catch (RuntimeException alreadyGone) {
      LOG.log(Level.FINE, "Event stream already closed", alreadyGone);
    }
  }

  @PreDestroy
  synchronized void closeAll() {
    if (unsubscribe != null) {
      unsubscribe.run();
      keepAlive.cancel(false);
    }
    streams.forEach(SyncEventStreams::close);
    streams.clear();
  }
}
