package net.orderbridge.simulator.json2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.Core;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.fault.Faults;

/**
 * {@code /web/version} and {@code /json/version}: what clients use to pick a transport. Odoo added
 * {@code /json/version} with JSON-2 in 19.0; older servers answer it with their HTML 404.
 */
public final class VersionEndpoint implements Endpoint {
  private final Core core;

  public VersionEndpoint(Core core) {
    this.core = core;
  }

  @Override
  public Faults.Target target(Request request) {
    return new Faults.Target(null, "version");
  }

  @Override
  public Reply handle(Request request) throws Exception {
    if (request.path().startsWith("/json/") && !core.schema().hasJson2()) {
      return Reply.of(404, "text/html; charset=utf-8", Json2Errors.NOT_FOUND_HTML);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version_info", List.of(core.schema().major(), 0, 0, "final", 0, ""));
    body.put("version", core.schema().version());
    return Reply.of(
        200, "application/json; charset=utf-8", Json2Endpoint.JSON.writeValueAsString(body));
  }
}
