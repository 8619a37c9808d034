package net.orderbridge.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an answer with a reference answer structurally: keys, types, list sizes of results, and
 * the values that must not drift (states, flags, order names, counts).
 */
final class Structure {
  private static final Set<String> EXACT =
      Set.of(
          "state",
          "locked",
          "display_type",
          "type",
          "invoice_status",
          "partner_ref",
          "origin",
          "__count",
          "server_version",
          "server_serie",
          "protocol_version",
          "amount_type",
          "string",
          "relation",
          "required",
          "readonly",
          "selection",
          "name",
          "message",
          "arguments");

  private Structure() {}

  static List<String> diff(Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    walk("$", null, expected, actual, 0, out);
    return out;
  }

  static String normalise(String s) {
    return s.replaceAll("\\d+", "N");
  }

  static String lastLine(String s) {
    String t = s.stripTrailing();
    return t.substring(t.lastIndexOf('\n') + 1);
  }

  private static void walk(
      String path, String key, Object e, Object a, int depth, List<String> out) {
    if (e == null || a == null) {
      if (e != a) {
        out.add(path + ": expected " + e + " got " + a);
      }
      return;
    }
    if (e.getClass() != a.getClass()
        && !(e instanceof Map && a instanceof Map)
        && !(e instanceof List && a instanceof List)) {
      out.add(
          path
              + ": expected "
              + e.getClass().getSimpleName()
              + " "
              + e
              + " got "
              + a.getClass().getSimpleName()
              + " "
              + a);
      return;
    }
    if (e instanceof Map<?, ?> em) {
      Map<?, ?> am = (Map<?, ?>) a;
      if (!new ArrayList<>(em.keySet()).equals(new ArrayList<>(am.keySet()))) {
        out.add(path + ": keys " + em.keySet() + " vs " + am.keySet());
        return;
      }
      for (Object k : em.keySet()) {
        walk(path + "." + k, String.valueOf(k), em.get(k), am.get(k), depth + 1, out);
      }
    } else if (e instanceof List<?> el) {
      List<?> al = (List<?>) a;
      boolean many2one =
          el.size() == 2 && el.get(0) instanceof Integer && el.get(1) instanceof String;
      if ((depth <= 1 || many2one || (key != null && EXACT.contains(key)))
          && el.size() != al.size()) {
        out.add(path + ": size " + el.size() + " vs " + al.size() + " " + al);
        return;
      }
      for (int i = 0; i < al.size(); i++) {
        Object ei = i < el.size() ? el.get(i) : (el.isEmpty() ? null : el.get(0));
        if (ei != null) {
          walk(
              path + "[" + i + "]",
              (key != null && EXACT.contains(key)) ? key : null,
              ei,
              al.get(i),
              depth + 1,
              out);
        }
      }
    } else if (depth == 0
        || (key != null && EXACT.contains(key))
        || e instanceof Boolean && "active".equals(key)) {
      boolean same =
          e instanceof String s && key != null && key.equals("name") && !s.startsWith("P0")
              ? true
              : e instanceof String s ? normalise(s).equals(normalise((String) a)) : e.equals(a);
      if (!same) {
        out.add(path + ": expected " + e + " got " + a);
      }
    }
  }
}
