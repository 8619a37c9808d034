package net.orderbridge.sync.odoo.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooSettings;
import net.orderbridge.sync.odoo.OdooTransport;

/**
 * Makes the {@link OdooClient} injectable. The client is built on first use (the bean is
 * application-scoped, hence a proxy), so a server started while Odoo is down comes up and chooses
 * the transport when Odoo is back.
 */
@ApplicationScoped
public class OdooClientProducer {
  private final OdooSettings settings;

  @Inject
  public OdooClientProducer(OdooSettings settings) {
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected OdooClientProducer() {
    this(null);
  }

  @Produces
  @ApplicationScoped
  @OdooTransport
  OdooClient odooClient() {
    return OdooClientFactory.create(settings.current());
  }
}
