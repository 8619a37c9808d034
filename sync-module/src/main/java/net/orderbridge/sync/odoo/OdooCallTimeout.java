package net.orderbridge.sync.odoo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.orderbridge.shared.config.ConfigDuration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The fault-tolerance timeout of every Odoo call ({@link OdooGateway}'s {@code @Timeout}), derived
 * from {@code ODOO_READ_TIMEOUT}: the read timeout plus {@link #MARGIN}, so the transport always
 * gives up first and reports what it knows of the call's outcome (150 s for the default 130 s). A
 * value set for the key itself (an operator's {@code
 * net.orderbridge.sync.odoo.OdooGateway/Timeout/value}) wins: this source ranks below system
 * properties and the environment, above the packaged defaults.
 */
public class OdooCallTimeout implements ConfigSource {
  public static final String KEY = OdooGateway.class.getName() + "/Timeout/value";
  public static final Duration MARGIN = Duration.ofSeconds(20);
  static final int ORDINAL = 150;

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, getValue(KEY));
  }

  @Override
  public String getValue(String propertyName) {
    if (!KEY.equals(propertyName)) {
      return null;
    }
    Optional<String> read =
        ConfigProvider.getConfig().getOptionalValue("ODOO_READ_TIMEOUT", String.class);
    return String.valueOf(seconds(read));
  }

  /** Whole seconds (the unit of the {@code @Timeout}), rounded up. */
  static long seconds(Optional<String> readTimeout) {
    Duration read =
        readTimeout
            .filter(v -> !v.isBlank())
            .map(v -> ConfigDuration.parse("ODOO_READ_TIMEOUT", v))
            .orElse(OdooConnectionSettings.DEFAULT_READ_TIMEOUT);
    Duration total = read.plus(MARGIN);
    return total.toSeconds() + (total.toNanosPart() > 0 ? 1 : 0);
  }

  @Override
  public String getName() {
    return "orderbridge: Odoo call timeout from ODOO_READ_TIMEOUT";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
