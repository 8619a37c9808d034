package net.orderbridge.sync.odoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.orderbridge.shared.config.ConfigDuration;
import org.eclipse.microprofile.config.Config;

/**
 * Where and as whom to reach Odoo. Read from MicroProfile Config keys {@code ODOO_URL}, {@code
 * ODOO_DB}, {@code ODOO_USERNAME}, exactly one of {@code ODOO_API_KEY_FILE} (a secret file, e.g. a
 * mounted Kubernetes secret), {@code ODOO_API_KEY} or {@code ODOO_PASSWORD}, and optionally {@code
 * ODOO_CONNECT_TIMEOUT} / {@code ODOO_READ_TIMEOUT} (ISO-8601 like {@code PT10S}, or whole seconds)
 * , {@code ODOO_TRANSPORT} ({@code auto|xmlrpc|json2}) and {@code ODOO_MAX_RESPONSE_SIZE} (bytes,
 * or with a binary suffix {@code K}, {@code M}, {@code G}; default {@code 64M}).
 *
 * <p>Timeouts are always set: the read timeout bounds every call, and should exceed Odoo's own
 * {@code limit_time_real} (120 s by default) or slow calls turn into unknown outcomes. {@link
 * #toString()} masks the secret.
 */
public record OdooConnectionSettings(
    URI url,
    String db,
    String username,
    OdooSecret secret,
    Duration connectTimeout,
    Duration readTimeout,
    TransportChoice transport,
    long maxResponseBytes) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(130);

  /**
   * 64 MiB: far above the largest answer of our calls (a page of 500 orders with their lines, a
   * catalogue page, {@code fields_get}), far below what would exhaust the heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  private static final Pattern SIZE = Pattern.compile("(\\d{1,9})([KMG]?)B?");

  public OdooConnectionSettings {
    Objects.requireNonNull(url, "url");
    requireText(db, "ODOO_DB");
    requireText(username, "ODOO_USERNAME");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(transport, "transport");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("ODOO_URL must be http(s)://host[:port], not " + url);
    }
    if (url.getRawUserInfo() != null || url.getHost() == null) {
      throw new IllegalArgumentException("ODOO_URL must name a host and carry no credentials");
    }
    requirePositive(connectTimeout, "connect timeout");
    requirePositive(readTimeout, "read timeout");
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("ODOO_MAX_RESPONSE_SIZE must be positive");
    }
  }

  /** Settings with the default response size limit. */
  public OdooConnectionSettings(
      URI url,
      String db,
      String username,
      OdooSecret secret,
      Duration connectTimeout,
      Duration readTimeout,
      TransportChoice transport) {
    this(
        url,
        db,
        username,
        secret,
        connectTimeout,
        readTimeout,
        transport,
        DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** Reads the settings from MicroProfile Config. */
  public static OdooConnectionSettings fromConfig(Config config) {
    return fromLookup(key -> config.getOptionalValue(key, String.class));
  }

  /** Reads the settings through any key lookup (MicroProfile Config, environment, a test map). */
  public static OdooConnectionSettings fromLookup(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> present = key -> lookup.apply(key).filter(v -> !v.isBlank());
    String url = present.apply("ODOO_URL").orElseThrow(() -> missing("ODOO_URL"));
    return new OdooConnectionSettings(
        URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
        present.apply("ODOO_DB").orElseThrow(() -> missing("ODOO_DB")),
        present.apply("ODOO_USERNAME").orElseThrow(() -> missing("ODOO_USERNAME")),
        secret(present),
        present
            .apply("ODOO_CONNECT_TIMEOUT")
            .map(v -> ConfigDuration.parse("ODOO_CONNECT_TIMEOUT", v))
            .orElse(DEFAULT_CONNECT_TIMEOUT),
        present
            .apply("ODOO_READ_TIMEOUT")
            .map(v -> ConfigDuration.parse("ODOO_READ_TIMEOUT", v))
            .orElse(DEFAULT_READ_TIMEOUT),
        present.apply("ODOO_TRANSPORT").map(TransportChoice::parse).orElse(TransportChoice.AUTO),
        present
            .apply("ODOO_MAX_RESPONSE_SIZE")
            .map(OdooConnectionSettings::size)
            .orElse(DEFAULT_MAX_RESPONSE_BYTES));
  }

  /** {@code 1048576}, {@code 1024K}, {@code 64M}, {@code 1G} (binary units; any case). */
  static long size(String text) {
    Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "ODOO_MAX_RESPONSE_SIZE must be a number of bytes, optionally with K, M or G: " + text);
    }
    int shift =
        switch (m.group(2)) {
          case "K" -> 10;
          case "M" -> 20;
          case "G" -> 30;
          default -> 0;
        };
    return Long.parseLong(m.group(1)) << shift;
  }

  /**
   * {@code ODOO_READ_TIMEOUT} alone, for settings that must outlast any Odoo call of ours (default
   * 130 s).
   */
  public static Duration readTimeout(Config config) {
    return config
        .getOptionalValue("ODOO_READ_TIMEOUT", String.class)
        .filter(v -> !v.isBlank())
        .map(v -> ConfigDuration.parse("ODOO_READ_TIMEOUT", v))
        .orElse(DEFAULT_READ_TIMEOUT);
  }

  private static OdooSecret secret(Function<String, Optional<String>> present) {
    Optional<String> file = present.apply("ODOO_API_KEY_FILE");
    Optional<String> key = present.apply("ODOO_API_KEY");
    Optional<String> password = present.apply("ODOO_PASSWORD");
    int given =
        (file.isPresent() ? 1 : 0) + (key.isPresent() ? 1 : 0) + (password.isPresent() ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException(
          "set exactly one of ODOO_API_KEY_FILE, ODOO_API_KEY, ODOO_PASSWORD (" + given + " set)");
    }
    if (file.isPresent()) {
      return new OdooSecret(OdooSecret.Kind.API_KEY, readSecretFile(Path.of(file.get())));
    }
    return key.map(k -> new OdooSecret(OdooSecret.Kind.API_KEY, k))
        .orElseGet(() -> new OdooSecret(OdooSecret.Kind.PASSWORD, password.get()));
  }

  private static String readSecretFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      // the message names the file, never its content
      throw new UncheckedIOException("cannot read ODOO_API_KEY_FILE " + path, e);
    }
  }

  private static IllegalArgumentException missing(String key) {
    return new IllegalArgumentException(key + " is not set");
  }

  private static void requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw missing(key);
    }
  }

  private static void requirePositive(Duration d, String what) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("the Odoo " + what + " must be positive");
    }
  }

  /** The same settings with another transport choice. */
  public OdooConnectionSettings withTransport(TransportChoice choice) {
    return new OdooConnectionSettings(
        url, db, username, secret, connectTimeout, readTimeout, choice, maxResponseBytes);
  }

  @Override
  public String toString() {
    return "OdooConnectionSettings[url=%s, db=%s, username=%s, secret=%s, connectTimeout=%s, readTimeout=%s, transport=%s, maxResponseBytes=%d]"
        .formatted(
            url, db, username, secret, connectTimeout, readTimeout, transport, maxResponseBytes);
  }
}
