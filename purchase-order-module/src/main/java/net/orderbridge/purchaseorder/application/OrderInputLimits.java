package net.orderbridge.purchaseorder.application;

import java.math.BigDecimal;
import java.util.List;
import net.orderbridge.shared.domain.DigitLimit;
import net.orderbridge.shared.domain.TextLimit;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * The limits of what a client may put in an order, checked before any arithmetic, each refusal a
 * {@code 400} naming the field. They are the limits of the columns the values end in:
 *
 * <ul>
 *   <li>quantity: Odoo's {@code purchase.order.line.product_qty}, a float rounded on write to the
 *       decimal accuracy "Product Unit" ("Product Unit of Measure" before Odoo 18) and sent as an
 *       IEEE double over both transports, exact to 15 significant digits; here {@code
 *       numeric(19,6)}, 13 digits before the point;
 *   <li>unit price: {@code price_unit}, the same with the accuracy "Product Price";
 *   <li>notes: {@code varchar(4000)} here; Odoo's {@code note} (html) takes any length;
 *   <li>planned date: {@code date_planned}, a Python datetime: years 1 to 9999;
 *   <li>lines: at most 1000, so that one order stays one Odoo call well inside its time limit.
 * </ul>
 *
 * More decimals than Odoo's accuracy are refused, not rounded: Odoo would round them silently and
 * the order would differ on the two sides. The accuracies are Odoo's defaults (2 each) unless
 * {@code odoo.decimals.quantity} / {@code odoo.decimals.price} name the ones of your Odoo
 * (Settings, Technical, Decimal Accuracy), at most 6; the infrastructure reads them ({@code
 * OrderInputLimitsFromConfig}) and hands this class the numbers.
 */
public class OrderInputLimits {
  static final int MAX_NOTES = 4000;
  static final int MAX_LINES = 1000;
  private static final int MAX_YEAR = 9999;
  private static final int DOUBLE_DIGITS = 15;
  private static final int LOCAL_INTEGER_DIGITS = 13;
  private static final int LOCAL_DECIMALS = 6;

  private DigitLimit quantity;
  private DigitLimit unitPrice;
  private final TextLimit notes = new TextLimit(MAX_NOTES, true);

  protected OrderInputLimits() {
    // for CDI proxies
  }

  /** The limits for Odoo's accuracies of quantities and prices (decimals, 0 to 6). */
  public OrderInputLimits(int quantityDecimals, int priceDecimals) {
    this.quantity = limit(quantityDecimals, "odoo.decimals.quantity");
    this.unitPrice = limit(priceDecimals, "odoo.decimals.price");
  }

  /** Odoo's default accuracies: two decimals for quantities and prices. */
  public static OrderInputLimits odooDefaults() {
    return new OrderInputLimits(2, 2);
  }

  /**
   * Checks the notes and every line's numbers before anything computes with them. The REST resource
   * calls it before the use case's transaction begins (a refusal then costs no rollback); the use
   * case calls it again for every other caller.
   */
  public void check(String notesGiven, List<LineInput> lines) {
    notes.check(notesGiven, "notes");
    if (lines.size() > MAX_LINES) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT, "lines", "an order has at most " + MAX_LINES + " lines");
    }
    for (int i = 0; i < lines.size(); i++) {
      LineInput line = lines.get(i);
      if (line == null) {
        continue;
      }
      check(quantity, line.quantity(), "lines[" + i + "].quantity");
      check(unitPrice, line.unitPrice(), "lines[" + i + "].unitPrice");
      if (line.plannedDate() != null
          && (line.plannedDate().getYear() < 1 || line.plannedDate().getYear() > MAX_YEAR)) {
        throw new ApplicationProblem(
            ProblemType.INVALID_INPUT,
            "lines[" + i + "].plannedDate",
            "Odoo's dates run from year 1 to " + MAX_YEAR);
      }
    }
  }

  private static void check(DigitLimit limit, BigDecimal value, String field) {
    if (value != null) {
      limit.check(value, field);
    }
  }

  private static DigitLimit limit(int decimals, String name) {
    if (decimals < 0 || decimals > LOCAL_DECIMALS) {
      throw new IllegalArgumentException(
          name + " must be 0 to " + LOCAL_DECIMALS + ": " + decimals);
    }
    return new DigitLimit(Math.min(LOCAL_INTEGER_DIGITS, DOUBLE_DIGITS - decimals), decimals);
  }
}
