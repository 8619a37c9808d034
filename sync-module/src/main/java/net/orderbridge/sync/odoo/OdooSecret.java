package net.orderbridge.sync.odoo;

import java.util.Objects;

/**
 * The credential Odoo checks on every call: an API key (works for XML-RPC and JSON-2) or a password
 * (XML-RPC only). Its value is only handed out by {@link #reveal()} to the code that puts it on the
 * wire; {@link #toString()} never shows it and {@link #redact(String)} scrubs it from any text Odoo
 * might echo back.
 */
public final class OdooSecret {
  /** How the secret was configured. */
  public enum Kind {
    API_KEY,
    PASSWORD
  }

  private static final String MASK = "********";
  private final Kind kind;
  private final String value;

  public OdooSecret(Kind kind, String value) {
    this.kind = Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the Odoo " + kind + " is empty");
    }
    this.value = value;
  }

  public Kind kind() {
    return kind;
  }

  /** The secret itself, for the request that carries it and nothing else. */
  public String reveal() {
    return value;
  }

  /** {@code text} with every occurrence of the secret masked; null stays null. */
  public String redact(String text) {
    return text == null ? null : text.replace(value, MASK);
  }

  @Override
  public String toString() {
    return kind + "(" + MASK + ")";
  }
}
