package net.orderbridge.purchaseorder.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import net.orderbridge.purchaseorder.application.OrderInputLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The order input limits of the configured Odoo: {@code odoo.decimals.quantity} and {@code
 * odoo.decimals.price} (Odoo's Decimal Accuracy; default 2 each), read once.
 */
@ApplicationScoped
public class OrderInputLimitsFromConfig {
  private final int quantityDecimals;
  private final int priceDecimals;

  @Inject
  public OrderInputLimitsFromConfig(
      @ConfigProperty(name = "odoo.decimals.quantity", defaultValue = "2") int quantityDecimals,
      @ConfigProperty(name = "odoo.decimals.price", defaultValue = "2") int priceDecimals) {
    this.quantityDecimals = quantityDecimals;
    this.priceDecimals = priceDecimals;
  }

  /** For CDI's client proxy. */
  protected OrderInputLimitsFromConfig() {
    this(0, 0);
  }

  @Produces
  @ApplicationScoped
  OrderInputLimits limits() {
    return new OrderInputLimits(quantityDecimals, priceDecimals);
  }
}
