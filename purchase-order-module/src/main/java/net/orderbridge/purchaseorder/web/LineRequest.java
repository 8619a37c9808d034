package net.orderbridge.purchaseorder.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One order line of a request; {@code lineId} names an existing line when an order is revised. */
public record LineRequest(
    String lineId,
    String productId,
    BigDecimal quantity,
    BigDecimal unitPrice,
    LocalDate plannedDate) {}
