package net.orderbridge.sync.alert;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A {@link Config} of fixed values (strings, longs, doubles), for the alerts' settings. */
final class SettingsConfig implements Config {
  private final Map<String, String> values;

  SettingsConfig(Map<String, String> values) {
    this.values = values;
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    Optional<String> value = Optional.ofNullable(values.get(name));
    if (type == String.class) {
      return value.map(type::cast);
    }
    if (type == Long.class) {
      return value.map(Long::valueOf).map(type::cast);
    }
    if (type == Double.class) {
      return value.map(Double::valueOf).map(type::cast);
    }
    throw new UnsupportedOperationException(type.getName());
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException();
  }
}
