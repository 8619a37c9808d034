package net.orderbridge.sync.log;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One sync step as the design's {@code SyncLogEntry} names it: when, how severe, which operation on
 * which entity (ours and Odoo's id), how long it took, the error's type and message, and metadata.
 * Only ids, numbers, states and our own words belong here: never an order's notes, a person's name
 * or a supplier's contact data, never a secret. {@link SyncLog} writes it; {@link #fields()} is
 * what becomes the JSON record's fields.
 *
 * @param operation what the step did: {@code create}, {@code update}, {@code confirm}, {@code
 *     cancel}, {@code delete}, {@code pull.apply}, {@code webhook.received}, ...
 * @param entityType the kind of thing it did it to ({@code purchase-order}, an Odoo model name)
 * @param entityId our id of it (an order's UUID), or Odoo's when we have none
 * @param odooId Odoo's record id, or null
 * @param durationMs how long the step took, or null when it was not measured
 * @param errorType the failure's {@code ErrorType} ({@code TRANSIENT}, {@code PERMANENT}, {@code
 *     BUSINESS}) or another one-word cause, null for a success
 * @param errorMessage the failure's message (redacted when written), null for a success
 * @param metadata further numbers and words, keys as Java identifiers: {@code Long}, {@code
 *     Integer}, {@code Double} and {@code Boolean} values stay JSON numbers and booleans
 * @param message the human-readable line, as the console shows it
 */
public record SyncLogEntry(
    Instant timestamp,
    Level level,
    String operation,
    String entityType,
    String entityId,
    Long odooId,
    Long durationMs,
    String errorType,
    String errorMessage,
    Map<String, Object> metadata,
    String message) {

  /** The design's levels. */
  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  /** The names of the core fields; metadata may not reuse them. */
  static final Set<String> CORE =
      Set.of(
          "timestamp",
          "level",
          "operation",
          "entityType",
          "entityId",
          "odooId",
          "durationMs",
          "errorType",
          "errorMessage",
          "message",
          "thread");

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  public SyncLogEntry {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(message, "message");
    Map<String, Object> copy = new LinkedHashMap<>();
    (metadata == null ? Map.<String, Object>of() : metadata)
        .forEach(
            (key, value) -> {
              if (!KEY.matcher(key).matches() || CORE.contains(key)) {
                throw new IllegalArgumentException("not a metadata key: " + key);
              }
              if (value != null) {
                copy.put(key, value);
              }
            });
    metadata = Collections.unmodifiableMap(copy);
  }

  /**
   * Starts an entry for one step of {@code operation} on the entity {@code entityType/entityId}.
   */
  public static Builder of(String operation, String entityType, Object entityId) {
    return new Builder(operation, entityType, String.valueOf(entityId));
  }

  /**
   * The entry's data as Liberty's {@code LogRecordContext} takes it: string values under names that
   * become {@code ext_<name>} in the JSON record; a name ending in {@code _long}, {@code _float} or
   * {@code _bool} makes the value a JSON number or boolean. Absent values are left out. Timestamp,
   * level and message are the record's own ({@code ibm_datetime}, {@code loglevel}, {@code
   * message}).
   */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("operation", operation);
    fields.put("entityType", entityType);
    fields.put("entityId", entityId);
    put(fields, "odooId", odooId);
    put(fields, "durationMs", durationMs);
    put(fields, "errorType", errorType);
    put(fields, "errorMessage", errorMessage);
    metadata.forEach((key, value) -> put(fields, key, value));
    return fields;
  }

  private static void put(Map<String, String> fields, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      fields.put(name + "_long", value.toString());
    } else if (value instanceof Double || value instanceof Float) {
      fields.put(name + "_float", value.toString());
    } else if (value instanceof Boolean) {
      fields.put(name + "_bool", value.toString());
    } else {
      fields.put(name, value.toString());
    }
  }

  /** This entry with {@code redact} applied to every text that may carry words of others. */
  public SyncLogEntry redacted(UnaryOperator<String> redact) {
    Map<String, Object> safe = new LinkedHashMap<>();
    metadata.forEach((k, v) -> safe.put(k, v instanceof String s ? redact.apply(s) : v));
    return new SyncLogEntry(
        timestamp,
        level,
        operation,
        entityType,
        entityId,
        odooId,
        durationMs,
        errorType,
        errorMessage == null ? null : redact.apply(errorMessage),
        safe,
        redact.apply(message));
  }

  /** Gathers an entry's values; {@link #info}, {@link #warn}, ... end it with its message. */
  public static final class Builder {
    private final String operation;
    private final String entityType;
    private final String entityId;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private Instant timestamp;
    private Long odooId;
    private Long durationMs;
    private String errorType;
    private String errorMessage;

    private Builder(String operation, String entityType, String entityId) {
      this.operation = operation;
      this.entityType = entityType;
      this.entityId = entityId;
    }

    public Builder at(Instant when) {
      this.timestamp = when;
      return this;
    }

    public Builder odooId(Long id) {
      this.odooId = id;
      return this;
    }

    public Builder durationMs(Long millis) {
      this.durationMs = millis;
      return this;
    }

    public Builder error(String type, String message) {
      this.errorType = type;
      this.errorMessage = message;
      return this;
    }

    public Builder meta(String key, Object value) {
      metadata.put(key, value);
      return this;
    }

    public SyncLogEntry debug(String message) {
      return build(Level.DEBUG, message);
    }

    public SyncLogEntry info(String message) {
      return build(Level.INFO, message);
    }

    public SyncLogEntry warn(String message) {
      return build(Level.WARN, message);
    }

    public SyncLogEntry error(String message) {
      return build(Level.ERROR, message);
    }

    public SyncLogEntry build(Level level, String message) {
      return new SyncLogEntry(
          timestamp == null ? Instant.now() : timestamp,
          level,
          operation,
          entityType,
          entityId,
          odooId,
          durationMs,
          errorType,
          errorMessage,
          metadata,
          message);
    }
  }
}
