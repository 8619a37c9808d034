package net.orderbridge.purchaseorder.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One field of an order as it was before a change and after it; {@code null} where the field did
 * not exist (a line added or removed, an order placed). Fields are named {@code supplier}, {@code
 * currency}, {@code notes}, {@code state}, {@code locked}, and {@code lines/<line id>/<attribute>}
 * for a line's {@code product}, {@code description}, {@code quantity}, {@code unitPrice} and {@code
 * plannedDate}. Values are plain text: ids, ISO dates, amounts without trailing zeros.
 */
@Embeddable
public class FieldChange {
  static final int MAX_VALUE = 4000;

  @Column(name = "field", nullable = false, length = 200)
  private String field;

  @Column(name = "before_value", length = MAX_VALUE)
  private String before;

  @Column(name = "after_value", length = MAX_VALUE)
  private String after;

  protected FieldChange() {
    // for JPA
  }

  /**
   * @throws IllegalArgumentException when before and after are the same: that is no change
   */
  public FieldChange(String field, String before, String after) {
    this.field = Objects.requireNonNull(field, "field");
    if (Objects.equals(before, after)) {
      throw new IllegalArgumentException(field + " did not change");
    }
    this.before = bounded(before);
    this.after = bounded(after);
  }

  private static String bounded(String value) {
    return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
  }

  public String field() {
    return field;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldChange change
        && field.equals(change.field)
        && Objects.equals(before, change.before)
        && Objects.equals(after, change.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, before, after);
  }

  @Override
  public String toString() {
    return field + ": " + before + " -> " + after;
  }
}
