package net.orderbridge.sync.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.sync.log.SyncLog;
import org.eclipse.microprofile.config.Config;

/**
 * The Odoo settings of the application, read once from MicroProfile Config on first use, with the
 * one {@link OdooSecret} that every call carries. Sharing it matters for {@code ODOO_API_KEY_FILE}:
 * the transport, the gateway (which reloads the key after a refusal) and the status all see the
 * same loaded key, and a key file that turns empty after the start cannot fail a caller that
 * re-reads the settings (the start already checked them: {@link OdooSettingsAtStart}). The same key
 * is what the {@linkplain SyncLog sync log} masks: after a rotation the new key and the one before
 * it, from the first line written.
 */
@ApplicationScoped
public class OdooSettings {
  private final Config config;
  private volatile OdooConnectionSettings settings;

  @Inject
  public OdooSettings(Config config) {
    this.config = config;
  }

  /** For CDI's client proxy. */
  protected OdooSettings() {
    this(null);
  }

  public OdooConnectionSettings current() {
    OdooConnectionSettings read = settings;
    if (read == null) {
      synchronized (this) {
        if (settings == null) {
          OdooConnectionSettings fresh = OdooConnectionSettings.fromConfig(config);
          settings = fresh;
          SyncLog.maskAlso(() -> fresh.secret().inUse());
        }
      }
      read = settings;
    }
    return read;
  }

  /** Where the key in use came from and when it was loaded (never its value). */
  public OdooSecret.Loading key() {
    return current().secret().loading();
  }
}
