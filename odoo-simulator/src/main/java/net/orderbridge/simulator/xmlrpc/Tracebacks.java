package net.orderbridge.simulator.xmlrpc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import net.orderbridge.simulator.model.OdooError;

/**
 * Python tracebacks for fault code 1. The frames are those a real Odoo 19 printed for the same
 * error (see the reference transcripts); the last line names the exception and its message.
 */
public final class Tracebacks {
  private static final Map<String, String> FRAMES = load();

  private Tracebacks() {}

  private static Map<String, String> load() {
    try (InputStream in =
        Tracebacks.class.getResourceAsStream("/net/orderbridge/simulator/tracebacks.json")) {
      return new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String render(OdooError e, String model) {
    String key = e.traceKey();
    String frames = null;
    if (key != null) {
      frames = FRAMES.get(key + ":" + model);
      if (frames == null) {
        frames = FRAMES.get(key);
      }
    }
    if (frames == null) {
      frames = FRAMES.get("generic");
    }
    return frames + e.shortPythonName() + ": " + e.getMessage() + "\n";
  }
}
