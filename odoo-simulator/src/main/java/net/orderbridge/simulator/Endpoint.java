package net.orderbridge.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.fault.Faults;

/** One HTTP endpoint, written against plain request and reply values so faults can wrap it. */
@FunctionalInterface
public interface Endpoint {

  /** An HTTP request, body read in full. Header names are lower case. */
  record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      List<String> v = headers.get(name.toLowerCase());
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  /** An HTTP reply. */
  record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {
    public static Reply of(int status, String contentType, String body) {
      return new Reply(
          status, contentType, new LinkedHashMap<>(), body.getBytes(StandardCharsets.UTF_8));
    }

    public Reply with(String header, String value) {
      headers.put(header, value);
      return this;
    }
  }

  Reply handle(Request request) throws Exception;

  /**
   * The model and method this request calls, read as {@link #handle} dispatches it; {@link
   * Faults.Target#UNKNOWN} when it names none. Only asked when a fault fires on the request.
   */
  default Faults.Target target(Request request) {
    return Faults.Target.UNKNOWN;
  }
}
