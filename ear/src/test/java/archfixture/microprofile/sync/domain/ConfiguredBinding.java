package archfixture.microprofile.sync.domain;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bad: a domain class configured by MicroProfile Config. */
public class ConfiguredBinding {
  @ConfigProperty(name = "x")
  String x;
}
