package net.orderbridge.sync.odoo.purchase;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@code purchase.order} as Odoo has it now; {@code state} is never {@code done} (Odoo 16-18's
 * {@code done} reads as {@code purchase} + locked).
 */
public record RemoteOrder(
    long odooId,
    String name,
    String origin,
    Instant writeDate,
    String state,
    boolean locked,
    String notes,
    Long partnerId,
    String currency,
    List<Line> lines) {

  public RemoteOrder {
    lines = List.copyOf(lines);
  }

  /**
   * A hash of everything read, {@code write_date} included: tells apart two versions of the same
   * second, which Odoo gives the same {@code write_date}.
   */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One {@code purchase.order.line}; section and note lines are left out. */
  public record Line(
      long odooLineId,
      long productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      LocalDate plannedDate) {}
}
