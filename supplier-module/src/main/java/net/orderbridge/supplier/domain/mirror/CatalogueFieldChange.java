package net.orderbridge.supplier.domain.mirror;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One field of a mirrored record before and after a refresh; null where it was not there. */
@Embeddable
public class CatalogueFieldChange {
  @Column(name = "field", nullable = false, length = 64)
  private String field;

  @Column(name = "before_value", length = 1000)
  private String before;

  @Column(name = "after_value", length = 1000)
  private String after;

  protected CatalogueFieldChange() {
    // for JPA
  }

  CatalogueFieldChange(String field, String before, String after) {
    this.field = Objects.requireNonNull(field, "field");
    this.before = bounded(before);
    this.after = bounded(after);
  }

  private static String bounded(String value) {
    return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
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
  public String toString() {
    return field + ": " + before + " -> " + after;
  }
}
