package net.orderbridge.shared.config;

import jakarta.annotation.Priority;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Every {@code Duration} of the configuration in {@link ConfigDuration}'s format. Without it,
 * MicroProfile Config would convert {@code @ConfigProperty Duration} with {@link
 * Duration#parse(CharSequence)} (ISO-8601 only) while the Odoo timeouts took whole seconds too: two
 * formats for one kind of value. Registered for the whole application through {@code
 * META-INF/services} of the shared kernel (the EAR's {@code lib/}); above the built-in converters'
 * priority of 100.
 */
@Priority(200)
public class DurationConverter implements Converter<Duration> {
  private static final long serialVersionUID = 1L;

  @Override
  public Duration convert(String value) {
    if (value == null || value.isBlank()) {
      return null; // MicroProfile Config: an empty value is a missing one
    }
    return ConfigDuration.parse(value);
  }
}
