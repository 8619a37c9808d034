package net.orderbridge.sync.pull;

import java.util.Locale;

/**
 * Which orders made in Odoo (no binding, {@code origin} not one of our keys) become local orders:
 * {@code sync.pull.import} ({@code SYNC_PULL_IMPORT}).
 *
 * <ul>
 *   <li>{@link #ALL}: every order with a partner and a currency; a partner the supplier mirror does
 *       not hold yet is mirrored from Odoo first.
 *   <li>{@link #KNOWN_SUPPLIERS}: only orders whose partner is a <em>known supplier</em>: one the
 *       supplier mirror already holds when the order is pulled, active or archived, found without
 *       asking Odoo. The mirror holds every partner with {@code supplier_rank > 0} or on an Odoo
 *       purchase order at the last catalogue refresh, every supplier of one of our orders (orders
 *       are placed against mirrored suppliers, and the mirror never deletes), and partners mirrored
 *       since then by a lookup (a catalogue webhook, an import in mode {@code all}).
 *   <li>{@link #NONE}: no order made in Odoo is imported; orders of ours still sync both ways.
 * </ul>
 */
public enum ImportMode {
  ALL,
  KNOWN_SUPPLIERS,
  NONE;

  /** {@code all}, {@code known-suppliers} or {@code none}, in any case. */
  public static ImportMode parse(String text) {
    String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ImportMode mode : values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "sync.pull.import must be all, known-suppliers or none, not '" + text + "'");
  }

  /** As written in configuration. */
  public String text() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
