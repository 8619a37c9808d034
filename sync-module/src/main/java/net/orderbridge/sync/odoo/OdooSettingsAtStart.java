package net.orderbridge.sync.odoo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the application with an Odoo configuration that cannot work: {@code ODOO_URL},
 * {@code ODOO_DB} or {@code ODOO_USERNAME} missing, no secret or more than one ({@code
 * ODOO_API_KEY} and {@code ODOO_PASSWORD} both set), an unreadable {@code ODOO_API_KEY_FILE}, a
 * malformed timeout or transport. Before, such a server reported itself ready and answered the
 * first call that needed Odoo with a 500; now the start fails with the reason in the log (never a
 * secret: the messages name variables only) and readiness never turns UP.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OdooSettingsAtStart {
  private static final Logger LOG = Logger.getLogger(OdooSettingsAtStart.class.getName());

  // a startup singleton, not a CDI observer: a CDI Startup observer that throws stops only the WAR
  // (CWWKZ0106E) while the EJB modules, timers included, run on; a failed startup singleton stops
  // the whole application (CWWKZ0002E)
  private final Config config;

  @Inject
  public OdooSettingsAtStart(Config config) {
    this.config = config;
  }

  /** For the EJB container. */
  public OdooSettingsAtStart() {
    this(null);
  }

  @PostConstruct
  void check() {
    verify(key -> config.getOptionalValue(key, String.class));
    LOG.info(
        () ->
            "Odoo calls: read timeout "
                + OdooConnectionSettings.readTimeout(config).toSeconds()
                + " s, fault-tolerance timeout "
                + config.getOptionalValue(OdooCallTimeout.KEY, String.class).orElse("150")
                + " s");
  }

  /** Reads the settings as the client will; throws with the reason when they can't work. */
  static void verify(Function<String, Optional<String>> lookup) {
    try {
      OdooConnectionSettings.fromLookup(lookup);
    } catch (RuntimeException wrong) {
      String message =
          "The Odoo configuration is wrong, so OrderBridge does not start: "
              + wrong.getMessage()
              + " (see the Configuration table of the README)";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }
}
