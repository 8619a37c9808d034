package net.orderbridge.supplier.api;

/**
 * Odoo could not be asked (connection refused, timeout, 5xx, open circuit, or no {@link
 * SupplierSource} deployed). A retry later may succeed; the catalogue then serves its mirror.
 */
public class SupplierSourceUnavailableException extends RuntimeException {

  public SupplierSourceUnavailableException(String message) {
    super(message);
  }

  public SupplierSourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
