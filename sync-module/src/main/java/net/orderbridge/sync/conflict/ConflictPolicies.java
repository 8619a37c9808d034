package net.orderbridge.sync.conflict;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A policy per field group, written in configuration as {@code
 * state=remote,lines=manual,dates=manual, notes=local}. Groups not named keep the defaults: Odoo
 * wins on state and locked, quantities, prices and dates wait for a person, notes are the buyer's,
 * and a deletion that meets an unseen Odoo edit ({@code existence}) waits for a person.
 */
public record ConflictPolicies(Map<FieldGroup, ConflictPolicy> byGroup) {

  public ConflictPolicies {
    EnumMap<FieldGroup, ConflictPolicy> complete = new EnumMap<>(defaults());
    complete.putAll(byGroup);
    byGroup = Map.copyOf(complete);
  }

  public static ConflictPolicies standard() {
    return new ConflictPolicies(Map.of());
  }

  private static Map<FieldGroup, ConflictPolicy> defaults() {
    return Map.of(
        FieldGroup.STATE, ConflictPolicy.REMOTE_WINS,
        FieldGroup.LINES, ConflictPolicy.MANUAL,
        FieldGroup.DATES, ConflictPolicy.MANUAL,
        FieldGroup.NOTES, ConflictPolicy.LOCAL_WINS,
        FieldGroup.EXISTENCE, ConflictPolicy.MANUAL);
  }

  public ConflictPolicy of(FieldGroup group) {
    return byGroup.get(group);
  }

  /** Reads {@code group=local|remote|manual} pairs separated by commas; refuses anything else. */
  public static ConflictPolicies parse(String text) {
    Map<FieldGroup, ConflictPolicy> parsed = new EnumMap<>(FieldGroup.class);
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        String[] parts = pair.trim().split("=");
        if (parts.length != 2) {
          throw new IllegalArgumentException("expected group=policy, got '" + pair.trim() + "'");
        }
        FieldGroup group = FieldGroup.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
        parsed.put(group, policy(parts[1].trim().toLowerCase(Locale.ROOT)));
      }
    }
    return new ConflictPolicies(parsed);
  }

  private static ConflictPolicy policy(String name) {
    return switch (name) {
      case "local" -> ConflictPolicy.LOCAL_WINS;
      case "remote", "odoo" -> ConflictPolicy.REMOTE_WINS;
      case "manual" -> ConflictPolicy.MANUAL;
      default ->
          throw new IllegalArgumentException("policy must be local, remote or manual: " + name);
    };
  }
}
