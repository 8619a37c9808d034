package net.orderbridge.sync.log;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes {@link SyncLogEntry}s, the one writer of every sync step: a {@code java.util.logging}
 * record on the logger {@value #LOGGER} whose message is the entry's human-readable line, with the
 * entry's data added as fields through Liberty's {@code
 * com.ibm.websphere.logging.hpel.LogRecordContext}. With {@code messageFormat="json"} Liberty
 * writes them into the record's JSON object as {@code ext_operation}, {@code ext_entityId}, {@code
 * ext_odooId_long}, ... (see the README, Sync log). Parameters of a {@code LogRecord} never become
 * fields, only this API's extensions do.
 *
 * <p>The API ships with Liberty as {@code ibm-api}, visible to every application by default, but no
 * jar of it resolves from Maven Central; so it is looked up by name once. Where it is absent (a
 * unit test, another server), the fields are appended to the message as {@code name=value}, so that
 * nothing is lost. Before anything is written, the entry is {@linkplain Redaction redacted} of the
 * secrets the configuration holds (re-read every minute), of the secret the Odoo connection uses
 * now ({@link #maskAlso}: a key from {@code ODOO_API_KEY_FILE} follows its rotations at once) and
 * of contact data.
 */
public final class SyncLog {
  public static final String LOGGER = "net.orderbridge.sync.log";
  private static final Logger LOG = Logger.getLogger(LOGGER);
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|token|api_?key).*");
  private static final long REFRESH_MILLIS = 60_000;
  private static final Context CONTEXT = Context.find();

  private static volatile Redaction redaction;
  private static volatile long redactionAt;
  private static volatile Combined combined = new Combined(null, List.of(), null);
  private static volatile Supplier<? extends Collection<String>> live = List::of;

  private SyncLog() {}

  /** Writes the entry, redacted, when its level is logged. */
  public static void write(SyncLogEntry entry) {
    Level level = julLevel(entry.level());
    if (!LOG.isLoggable(level)) {
      return;
    }
    SyncLogEntry safe = entry.redacted(redaction());
    Map<String, String> fields = safe.fields();
    LogRecord record =
        new LogRecord(level, CONTEXT.present() ? safe.message() : inline(safe.message(), fields));
    record.setInstant(safe.timestamp());
    record.setLoggerName(LOGGER);
    record.setSourceClassName(SyncLog.class.getName());
    record.setSourceMethodName("write");
    CONTEXT.add(fields);
    try {
      LOG.log(record);
    } finally {
      CONTEXT.remove(fields);
    }
  }

  static Level julLevel(SyncLogEntry.Level level) {
    return switch (level) {
      case DEBUG -> Level.FINE;
      case INFO -> Level.INFO;
      case WARN -> Level.WARNING;
      case ERROR -> Level.SEVERE;
    };
  }

  static String inline(String message, Map<String, String> fields) {
    StringBuilder line = new StringBuilder(message);
    fields.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    return line.toString();
  }

  /**
   * Masks, in every entry written from now on, what {@code secrets} holds at the time of writing:
   * the Odoo connection hands its key holder here, so that the log never needs to read the key file
   * itself. One source at a time; a new one replaces the one before.
   */
  public static void maskAlso(Supplier<? extends Collection<String>> secrets) {
    live = secrets == null ? List::of : secrets;
  }

  private static Redaction redaction() {
    long now = System.currentTimeMillis();
    Redaction configured = redaction;
    if (configured == null || now - redactionAt > REFRESH_MILLIS) {
      configured = new Redaction(configuredSecrets());
      redaction = configured;
      redactionAt = now;
    }
    Collection<String> inUse;
    try {
      inUse = live.get();
    } catch (RuntimeException unavailable) {
      inUse = List.of();
    }
    if (inUse.isEmpty()) {
      return configured;
    }
    Combined last = combined;
    if (last.configured() != configured || !last.inUse().equals(inUse)) {
      last = new Combined(configured, List.copyOf(inUse), configured.with(inUse));
      combined = last;
    }
    return last.redaction();
  }

  /**
   * The configured redaction with the secrets in use added, kept until either changes: the key
   * holder is asked on every write, but its answer changes only when the key rotates.
   */
  private record Combined(Redaction configured, List<String> inUse, Redaction redaction) {}

  /**
   * The values of every configuration property whose name speaks of a password, secret, token or
   * API key; none when there is no configuration. A key file's content comes from {@link
   * #maskAlso}.
   */
  static List<String> configuredSecrets() {
    List<String> secrets = new ArrayList<>();
    Config config;
    try {
      config = ConfigProvider.getConfig();
    } catch (RuntimeException | LinkageError noConfig) {
      return secrets;
    }
    for (String name : config.getPropertyNames()) {
      if (SECRET_NAME.matcher(name).matches() && !name.toUpperCase(Locale.ROOT).endsWith("_FILE")) {
        value(config, name).ifPresent(secrets::add);
      }
    }
    return secrets;
  }

  private static Optional<String> value(Config config, String name) {
    try {
      return config.getOptionalValue(name, String.class);
    } catch (RuntimeException unconvertible) {
      return Optional.empty();
    }
  }

  /** Liberty's {@code LogRecordContext}, if this server has it. */
  private record Context(Method add, Method remove) {
    static Context find() {
      try {
        Class<?> api =
            Class.forName(
                "com.ibm.websphere.logging.hpel.LogRecordContext",
                true,
                SyncLog.class.getClassLoader());
        return new Context(
            api.getMethod("addExtension", String.class, String.class),
            api.getMethod("removeExtension", String.class));
      } catch (ReflectiveOperationException | LinkageError absent) {
        return new Context(null, null);
      }
    }

    boolean present() {
      return add != null;
    }

    void add(Map<String, String> fields) {
      if (present()) {
        fields.forEach((k, v) -> invoke(add, k, v));
      }
    }

    void remove(Map<String, String> fields) {
      if (present()) {
        fields.keySet().forEach(k -> invoke(remove, k));
      }
    }

    private static void invoke(Method method, Object... args) {
      try {
        method.invoke(null, args);
      } catch (ReflectiveOperationException | RuntimeException failed) {
        // a field lost is better than a sync step failed over its log
      }
    }
  }
}
