package net.orderbridge.sync.conflict;

/** Fields that share a conflict policy. */
public enum FieldGroup {
  /**
   * {@code state} and {@code locked}: the order's lifecycle, where Odoo's workflow usually rules.
   */
  STATE,
  /**
   * Which lines exist, their products, quantities and prices: money and stock, decided by a person.
   */
  LINES,
  /** Planned dates of the lines. */
  DATES,
  /** Free text the buyer wrote. */
  NOTES,
  /**
   * Whether the order exists at all ({@value #EXISTS}): our deletion met an Odoo edit it had not
   * seen. {@code LOCAL} deletes Odoo's order too, {@code REMOTE} keeps it and forgets the binding.
   */
  EXISTENCE;

  /** The path of an {@link #EXISTENCE} conflict. */
  public static final String EXISTS = "exists";

  public static FieldGroup of(String path) {
    if (path.equals(EXISTS)) {
      return EXISTENCE;
    }
    if (path.equals("state") || path.equals("locked")) {
      return STATE;
    }
    if (path.equals("notes")) {
      return NOTES;
    }
    if (path.startsWith("lines/") && path.endsWith("/plannedDate")) {
      return DATES;
    }
    if (path.startsWith("lines/")) {
      return LINES;
    }
    throw new IllegalArgumentException("not a synced field: " + path);
  }
}
