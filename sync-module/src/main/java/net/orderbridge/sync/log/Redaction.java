package net.orderbridge.sync.log;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scrubs a text before it reaches the log: every known secret value (the Odoo key or password, the
 * webhook token and secret, the alert secrets, passwords), whatever looks like a credential ({@code
 * Authorization: bearer ...}, {@code api_key=...}, {@code password: ...}), e-mail addresses and
 * international phone numbers (an Odoo fault may echo a supplier's contact data); and cuts it to
 * {@value #MAX_CHARS} characters.
 */
public final class Redaction implements UnaryOperator<String> {
  static final int MAX_CHARS = 500;
  static final String MASK = "********";

  /** Secrets shorter than this are not masked: they would mask ordinary words and numbers. */
  static final int MIN_SECRET = 6;

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{4,}"),
          Pattern.compile(
              "(?i)\\b(api[_-]?key|password|passwd|secret|token)(\"?\\s*[:=]\\s*\"?)[^\\s\",;}]+"),
          Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
          Pattern.compile("\\+\\d[\\d ()./-]{6,}\\d"));

  private final List<String> secrets;

  public Redaction(Collection<String> secrets) {
    this.secrets =
        secrets.stream()
            .filter(Objects::nonNull)
            .map(String::trim)
            .filter(s -> s.length() >= MIN_SECRET)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /** This redaction and {@code more} secrets besides. */
  public Redaction with(Collection<String> more) {
    return new Redaction(Stream.concat(secrets.stream(), more.stream()).toList());
  }

  @Override
  public String apply(String text) {
    if (text == null) {
      return null;
    }
    String safe = text;
    for (String secret : secrets) {
      safe = safe.replace(secret, MASK);
    }
    safe = PATTERNS.get(0).matcher(safe).replaceAll("$1 " + MASK);
    safe = PATTERNS.get(1).matcher(safe).replaceAll("$1$2" + MASK);
    safe = PATTERNS.get(2).matcher(safe).replaceAll("<e-mail>");
    safe = PATTERNS.get(3).matcher(safe).replaceAll("<phone>");
    return safe.length() > MAX_CHARS ? safe.substring(0, MAX_CHARS) + "…" : safe;
  }
}
