package net.orderbridge.sync.odoo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The credential Odoo checks on every call: an API key (works for XML-RPC and JSON-2) or a password
 * (XML-RPC only). Its value is only handed out by {@link #reveal()} to the code that puts it on the
 * wire; {@link #toString()} never shows it and {@link #redact(String)} scrubs it from any text Odoo
 * might echo back.
 *
 * <p>A key given in {@code ODOO_API_KEY} or a password in {@code ODOO_PASSWORD} stays as it was at
 * the start. A key from {@code ODOO_API_KEY_FILE} follows its file ({@link OdooKeyFile}): each
 * {@link #reveal()} uses what the file holds now, and {@link #reloadAfterRefusal(long)} reads the
 * file again once Odoo refused the key a call used.
 */
public final class OdooSecret {
  /** How the secret was configured. */
  public enum Kind {
    API_KEY,
    PASSWORD
  }

  /**
   * Where the key in use came from and when it was loaded, never its value.
   *
   * @param source {@code ODOO_API_KEY_FILE}, {@code ODOO_API_KEY} or {@code ODOO_PASSWORD}
   * @param file the key file, or null
   * @param loadedAt when the key in use was read (for a fixed one: when the settings were read)
   * @param problem why the key in use is not what the file holds now (unreadable, empty), or null
   */
  public record Loading(String source, String file, Instant loadedAt, String problem) {}

  private static final String MASK = "********";
  private final Kind kind;
  private final String value;
  private final Instant readAt;
  private final OdooKeyFile file;

  public OdooSecret(Kind kind, String value) {
    this.kind = Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the Odoo " + kind + " is empty");
    }
    this.value = value;
    this.readAt = Instant.now();
    this.file = null;
  }

  private OdooSecret(OdooKeyFile file) {
    this.kind = Kind.API_KEY;
    this.value = null;
    this.readAt = null;
    this.file = file;
  }

  /**
   * An API key read from {@code path} now and again whenever the file changes; refused (with the
   * file's name, never its content) when the file cannot be read or is empty now.
   */
  public static OdooSecret fromFile(Path path, Clock clock) {
    return new OdooSecret(new OdooKeyFile(path, clock));
  }

  public Kind kind() {
    return kind;
  }

  /** The secret itself, for the request that carries it and nothing else. */
  public String reveal() {
    return file == null ? value : file.current().value();
  }

  /**
   * Which key {@link #reveal()} hands out now: a number that grows by one with every new key loaded
   * from the file (always 1 for a fixed one). A call notes it before it starts, so that after a
   * refusal it can tell whether a newer key is there to try.
   */
  public long generation() {
    return file == null ? 1 : file.current().generation();
  }

  /**
   * After Odoo refused the key of generation {@code refused}: reads the file again whatever its
   * attributes; true when a newer key is in use now (read now, or by another call meanwhile), so
   * that the refused call is worth one more try. Always false for a fixed key.
   */
  public boolean reloadAfterRefusal(long refused) {
    return file != null && file.reloadNow().generation() != refused;
  }

  /**
   * For masking only: the secret in use and, after a rotation, the key before it (Odoo may still
   * echo it in an answer to a call made with it).
   */
  public List<String> inUse() {
    if (file == null) {
      return List.of(value);
    }
    OdooKeyFile.Loaded loaded = file.current();
    return loaded.previous() == null
        ? List.of(loaded.value())
        : List.of(loaded.value(), loaded.previous());
  }

  /** Where the key in use came from and when it was loaded. */
  public Loading loading() {
    if (file == null) {
      String source = kind == Kind.API_KEY ? "ODOO_API_KEY" : "ODOO_PASSWORD";
      return new Loading(source, null, readAt, null);
    }
    return new Loading(
        "ODOO_API_KEY_FILE", file.path().toString(), file.current().at(), file.problem());
  }

  /**
   * {@code text} with every occurrence of the secret masked, and of the key before it when the file
   * brought a new one (an answer to a call made with it may still arrive); null stays null.
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String secret : inUse()) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  @Override
  public String toString() {
    return kind + "(" + MASK + ")";
  }
}
