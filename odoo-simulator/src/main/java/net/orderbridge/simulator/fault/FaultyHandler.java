package net.orderbridge.simulator.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.orderbridge.simulator.Calls;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.HttpIo;

/** Runs an endpoint behind the fault switches. */
public final class FaultyHandler implements HttpHandler {
  private final Endpoint endpoint;
  private final Faults faults;
  private final ScheduledExecutorService timer;
  private final Calls calls;
  private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();

  public FaultyHandler(
      Endpoint endpoint, Faults faults, ScheduledExecutorService timer, Calls calls) {
    this.endpoint = endpoint;
    this.calls = calls;
    this.faults = faults;
    this.timer = timer;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    Endpoint.Request request = HttpIo.read(ex);
    requests.incrementAndGet();
    calls.request();
    long delay = faults.delayMs();
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    switch (faults.next()) {
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

  /** How many requests reached this endpoint, faulted ones included. */
  public long requests() {
    return requests.get();
  }

  /** Closes every held exchange (on stop). */
  public void releaseAll() {
    held.forEach(this::release);
  }
}
