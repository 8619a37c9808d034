package net.orderbridge.web.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;

/** The response builder Liberty supplies at run time, for checks called outside the server. */
final class PlainHealthResponses implements HealthCheckResponseProvider {

  static void install() {
    HealthCheckResponse.setResponseProvider(new PlainHealthResponses());
  }

  @Override
  public HealthCheckResponseBuilder createResponseBuilder() {
    return new HealthCheckResponseBuilder() {
      private final Map<String, Object> data = new LinkedHashMap<>();
      private String name;
      private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;

      @Override
      public HealthCheckResponseBuilder name(String name) {
        this.name = name;
        return this;
      }

      @Override
      public HealthCheckResponseBuilder withData(String key, String value) {
        return with(key, value);
      }

      @Override
      public HealthCheckResponseBuilder withData(String key, long value) {
        return with(key, value);
      }

      @Override
      public HealthCheckResponseBuilder withData(String key, boolean value) {
        return with(key, value);
      }

      private HealthCheckResponseBuilder with(String key, Object value) {
        data.put(key, value);
        return this;
      }

      @Override
      public HealthCheckResponseBuilder up() {
        return status(true);
      }

      @Override
      public HealthCheckResponseBuilder down() {
        return status(false);
      }

      @Override
      public HealthCheckResponseBuilder status(boolean up) {
        status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
        return this;
      }

      @Override
      public HealthCheckResponse build() {
        return new HealthCheckResponse(name, status, Optional.of(Map.copyOf(data)));
      }
    };
  }
}
