package net.orderbridge.simulator.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.Core;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.HttpIo;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.model.Dispatcher;
import net.orderbridge.simulator.model.ModelDef;
import net.orderbridge.simulator.model.Values;

/**
 * {@code /__admin/}: JSON switches for the faults, the record of the calls they hit ({@code GET
 * /faults/hits}, forgotten by {@code DELETE /faults/hits}), the call counters, a dump of the state
 * and a reset. Never subject to the faults itself.
 */
public final class AdminEndpoint implements Endpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ADMIN = 2;
  private final Core core;

  public AdminEndpoint(Core core) {
    this.core = core;
  }

  public HttpHandler handler() {
    return ex -> HttpIo.write(ex, safe(HttpIo.read(ex)));
  }

  private Reply safe(Request r) {
    try {
      return handle(r);
    } catch (Exception e) {
      return Reply.of(
          400,
          "application/json; charset=utf-8",
          "{\"error\": " + quote(String.valueOf(e.getMessage())) + "}");
    }
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (Exception e) {
      return "\"\"";
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Reply handle(Request r) throws Exception {
    String path = r.path().substring("/__admin".length());
    Map<String, Object> in = r.body().length == 0 ? Map.of() : JSON.readValue(r.body(), Map.class);
    Faults f = core.faults();
    switch (r.method() + " " + path) {
      case "GET /state":
        return json(200, state());
      case "POST /reset":
        f.clear().forgetHits();
        core.calls().reset();
        core.webhooksOn(true);
        core.reset();
        return json(200, Map.of("reset", true));
      case "GET /calls":
        return json(200, core.calls().describe());
      case "POST /calls/reset":
      case "DELETE /calls":
        core.calls().reset();
        return json(200, core.calls().describe());
      case "GET /webhooks":
        return json(200, Map.of("enabled", core.webhooksOn()));
      case "POST /webhooks":
        core.webhooksOn(!Boolean.FALSE.equals(in.get("enabled")));
        return json(200, Map.of("enabled", core.webhooksOn()));
      case "POST /execute":
        return json(200, execute(in));
      case "GET /faults":
        return json(200, f.describe());
      case "GET /faults/hits":
        return json(200, f.describe().get("hits"));
      case "POST /faults/hits/clear":
      case "DELETE /faults/hits":
        f.forgetHits();
        break;
      case "POST /faults/clear":
      case "DELETE /faults":
        f.clear();
        break;
      case "POST /faults/latency":
        f.latency(Duration.ofMillis(num(in, "fixedMs")), Duration.ofMillis(num(in, "jitterMs")));
        break;
      case "POST /faults/fail-next":
        Object status = in.getOrDefault("status", 503);
        f.failNext(
            (int) num(in, "count"),
            "reset".equals(status) ? Faults.CONNECTION_RESET : ((Number) status).intValue());
        break;
      case "POST /faults/fail-next-of":
        Object aimedStatus = in.getOrDefault("status", 503);
        f.failNextOf(
            String.valueOf(in.get("modelMethod")),
            (int) num(in, "count"),
            "reset".equals(aimedStatus)
                ? Faults.CONNECTION_RESET
                : ((Number) aimedStatus).intValue());
        break;
      case "POST /faults/timeout-next-of":
        if (in.containsKey("holdMs")) {
          f.holdFor(Duration.ofMillis(num(in, "holdMs")));
        }
        f.timeoutNextOf(String.valueOf(in.get("modelMethod")), (int) num(in, "count"));
        break;
      case "POST /faults/refuse-next-of":
        f.refuseNextOf(String.valueOf(in.get("modelMethod")), (int) num(in, "count"));
        break;
      case "POST /faults/drop-next-of":
        f.dropResponseAfterCommitOfNext(
            String.valueOf(in.get("modelMethod")), (int) num(in, "count"));
        break;
      case "POST /faults/timeout-next":
        if (in.containsKey("holdMs")) {
          f.holdFor(Duration.ofMillis(num(in, "holdMs")));
        }
        f.timeoutNext((int) num(in, "count"));
        break;
      case "POST /faults/drop-next":
        f.dropResponseAfterCommitNext((int) num(in, "count"));
        break;
      case "POST /faults/rate-limit":
        f.rateLimit((int) num(in, "callsPerSecond"));
        break;
      case "POST /faults/down":
        f.down(!Boolean.FALSE.equals(in.get("down")));
        break;
      case "POST /faults/reject-api-key":
        f.rejectApiKey(!Boolean.FALSE.equals(in.get("reject")));
        break;
      default:
        return json(404, Map.of("error", "unknown admin call " + r.method() + " " + path));
    }
    return json(200, f.describe());
  }

  /**
   * {@code {"model", "method", "args": {named arguments}, "startedAt"?: "YYYY-MM-DD HH:MM:SS"}}:
   * one call as the admin user (archived records included), not counted and not subject to the
   * faults; {@code startedAt} back-dates the transaction (see {@code SimulatorStore}).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> execute(Map<String, Object> in) {
    Map<String, Object> args =
        new LinkedHashMap<>((Map<String, Object>) in.getOrDefault("args", Map.of()));
    Object started = in.get("startedAt");
    Object result =
        core.dispatcher()
            .execute(
                ADMIN,
                String.valueOf(in.get("model")),
                String.valueOf(in.get("method")),
                args,
                Map.of("active_test", false),
                started == null
                    ? core.dispatcher().now()
                    : Values.parseWriteDatetime(started.toString()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("result", result == Dispatcher.NONE ? null : result);
    return out;
  }

  private static long num(Map<String, Object> in, String key) {
    Object v = in.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }

  private Map<String, Object> state() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", core.schema().version());
    out.put("db", core.config().db());
    out.put("faults", core.faults().describe());
    Map<String, Object> models = new LinkedHashMap<>();
    core.orm().store().lock().readLock().lock();
    try {
      for (ModelDef def : core.orm().models().all()) {
        List<Integer> ids =
            core.orm().store().all(def.name()).stream()
                .map(rec -> (Integer) rec.get("id"))
                .toList();
        models.put(def.name(), core.orm().read(def, ids, null));
      }
    } finally {
      core.orm().store().lock().readLock().unlock();
    }
    out.put("models", models);
    return out;
  }

  private static Reply json(int status, Object body) throws Exception {
    return Reply.of(status, "application/json; charset=utf-8", JSON.writeValueAsString(body));
  }
}
