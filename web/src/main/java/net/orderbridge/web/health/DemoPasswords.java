package net.orderbridge.web.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The passwords the run command and the build's test servers use, which must never guard a real
 * installation: the database's {@code postgres} and the demo users'. Only the run command's server
 * (and the test servers) set {@code ALLOW_DEMO_PASSWORDS=true}.
 */
final class DemoPasswords {
  static final String ALLOWED = "ALLOW_DEMO_PASSWORDS";
  private static final Map<String, String> DEMO_VALUES = new LinkedHashMap<>();

  static {
    DEMO_VALUES.put("DB_PASSWORD", "postgres");
    DEMO_VALUES.put("PURCHASER_PASSWORD", "buyer-demo");
    DEMO_VALUES.put("OPERATOR_PASSWORD", "operator-demo");
    DEMO_VALUES.put("AUDITOR_PASSWORD", "auditor-demo");
  }

  private DemoPasswords() {}

  /**
   * The variables that still hold their demo value, in a fixed order; empty when there are none or
   * when {@code ALLOW_DEMO_PASSWORDS} is {@code true}.
   *
   * @param setting the value of a variable by name, empty when unset
   */
  static List<String> stillSet(Function<String, Optional<String>> setting) {
    if (setting.apply(ALLOWED).map(Boolean::parseBoolean).orElse(false)) {
      return List.of();
    }
    return DEMO_VALUES.entrySet().stream()
        .filter(demo -> setting.apply(demo.getKey()).filter(demo.getValue()::equals).isPresent())
        .map(Map.Entry::getKey)
        .toList();
  }
}
