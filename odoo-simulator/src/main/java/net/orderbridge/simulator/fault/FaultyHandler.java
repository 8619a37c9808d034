package net.orderbridge.simulator.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.orderbridge.simulator.Calls;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.HttpIo;

/**
 * Runs an endpoint behind the fault switches, counting each request in {@link Calls} under its
 * transport and recording each fault that fires in {@link Faults#hits()} with the call it hit.
 */
public final class FaultyHandler implements HttpHandler {
  private final Endpoint endpoint;
  private final String transport;
  private final Faults faults;
  private final ScheduledExecutorService timer;
  private final Calls calls;
  private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();

  /** {@code transport}: what {@link Calls#request} counts these requests as. */
  public FaultyHandler(
      Endpoint endpoint,
      String transport,
      Faults faults,
      ScheduledExecutorService timer,
      Calls calls) {
    this.endpoint = endpoint;
    this.transport = transport;
    this.calls = calls;
    this.faults = faults;
    this.timer = timer;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    Endpoint.Request request = HttpIo.read(ex);
    calls.request(transport);
    Supplier<Faults.Target> target = once(() -> endpoint.target(request));
    faults.serving(target);
    try {
      handle(ex, request, target);
    } finally {
      faults.served();
    }
  }

  /** Reads the target at most once, and only when a fault asks for it. */
  private static Supplier<Faults.Target> once(Supplier<Faults.Target> read) {
    return new Supplier<>() {
      private Faults.Target value;

      @Override
      public Faults.Target get() {
        if (value == null) {
          value = read.get();
        }
        return value;
      }
    };
  }

  private void handle(HttpExchange ex, Endpoint.Request request, Supplier<Faults.Target> target)
      throws IOException {
    long delay = faults.delayMs();
    if (delay > 0) {
      faults.fired(Faults.Kind.LATENCY, target.get());
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Faults.Action action = faults.next(target);
    if (action != Faults.Action.PASS) {
      faults.fired(Faults.Kind.valueOf(action.name()), target.get());
    }
    switch (action) {
      case DOWN ->
          HttpIo.write(
              ex,
              Endpoint.Reply.of(
                  503,
                  "text/html; charset=utf-8",
                  "<!doctype html>\n<title>503 Service Unavailable</title>\n<h1>Odoo is down</h1>\n"));
      case RATE_LIMITED ->
          HttpIo.write(
              ex,
              Endpoint.Reply.of(
                      429,
                      "text/html; charset=utf-8",
                      "<!doctype html>\n<title>429 Too Many Requests</title>\n")
                  .with("Retry-After", "1"));
      case FAIL -> fail(ex);
      case TIMEOUT -> hold(ex);
      case DROP_AFTER_COMMIT -> {
        run(request);
        ex.close();
      }
      default -> {
        Endpoint.Reply reply = run(request);
        if (faults.dropsAnswerOf(calls.lastOnThisThread())) {
          faults.fired(Faults.Kind.DROP_AFTER_COMMIT, target.get());
          ex.close();
        } else {
          HttpIo.write(ex, reply);
        }
      }
    }
  }

  private Endpoint.Reply run(Endpoint.Request request) {
    try {
      return endpoint.handle(request);
    } catch (Exception e) {
      return Endpoint.Reply.of(500, "text/plain; charset=utf-8", String.valueOf(e));
    }
  }

  private void fail(HttpExchange ex) throws IOException {
    int status = faults.failStatus();
    if (status == Faults.CONNECTION_RESET) {
      ex.close();
      return;
    }
    String reason =
        switch (status) {
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Time-out";
          default -> "Error";
        };
    HttpIo.write(
        ex,
        Endpoint.Reply.of(
            status,
            "text/html; charset=utf-8",
            "<html><head><title>"
                + status
                + " "
                + reason
                + "</title></head><body><center><h1>"
                + status
                + " "
                + reason
                + "</h1></center><hr><center>nginx</center></body></html>\n"));
  }

  /** Keeps the exchange open without answering; the handler thread is released at once. */
  private void hold(HttpExchange ex) {
    held.add(ex);
    timer.schedule(() -> release(ex), faults.holdMs(), TimeUnit.MILLISECONDS);
  }

  private void release(HttpExchange ex) {
    if (held.remove(ex)) {
      ex.close();
    }
  }

  /** Closes every held exchange (on stop). */
  public void releaseAll() {
    held.forEach(this::release);
  }
}
