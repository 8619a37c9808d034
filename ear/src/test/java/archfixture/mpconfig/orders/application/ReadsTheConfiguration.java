package archfixture.mpconfig.orders.application;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bad: a use case that reads the configuration itself. */
public class ReadsTheConfiguration {
  @ConfigProperty(name = "orders.limit")
  public int limit;
}
