package net.orderbridge.simulator;

import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.model.Dispatcher;
import net.orderbridge.simulator.model.Models;
import net.orderbridge.simulator.model.OdooError;
import net.orderbridge.simulator.model.Orm;
import net.orderbridge.simulator.model.Schema;
import net.orderbridge.simulator.model.Seed;
import net.orderbridge.simulator.model.Store;
import net.orderbridge.simulator.model.Users;

/** What the protocols share: settings, data, the dispatcher, the fault switches. */
public final class Core {
  private final SimulatorConfig config;
  private final Schema schema;
  private final Orm orm;
  private final Dispatcher dispatcher;
  private final Faults faults = new Faults();
  private final Calls calls = new Calls();
  private volatile boolean webhooksOn = true;

  public Core(SimulatorConfig config) {
    this.config = config;
    this.schema = new Schema(config.version());
    this.orm = new Orm(new Store(), new Models(schema));
    this.dispatcher = new Dispatcher(orm, config.clock());
    reset();
  }

  public void reset() {
    orm.store().lock().writeLock().lock();
    try {
      Seed.load(
          orm,
          new Seed.Accounts(
              config.login(),
              config.password(),
              config.apiKey(),
              config.noRightsLogin(),
              config.noRightsPassword(),
              config.noRightsApiKey()),
          dispatcher.now());
    } finally {
      orm.store().lock().writeLock().unlock();
    }
  }

  public SimulatorConfig config() {
    return config;
  }

  public Schema schema() {
    return schema;
  }

  public Orm orm() {
    return orm;
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  public Faults faults() {
    return faults;
  }

  public Calls calls() {
    return calls;
  }

  /** Whether webhooks are sent (when a URL is configured); an automation rule switched off. */
  public boolean webhooksOn() {
    return webhooksOn;
  }

  public void webhooksOn(boolean on) {
    this.webhooksOn = on;
  }

  /** {@code common.authenticate}: the uid, or 0 for {@code False}. */
  public int authenticate(String login, String secret) {
    orm.store().lock().readLock().lock();
    try {
      int uid = Users.authenticate(orm, login, secret, !faults.apiKeyRejected());
      if (uid == 0
          && faults.apiKeyRejected()
          && Users.authenticate(orm, login, secret, true) != 0) {
        faults.fired(Faults.Kind.REJECT_API_KEY);
      }
      return uid;
    } finally {
      orm.store().lock().readLock().unlock();
    }
  }

  /**
   * Refuses the call with a {@code UserError} when a refusal is aimed at its model method ({@link
   * Faults#refuseNextOf}); the endpoints ask before they dispatch, so nothing is written.
   */
  public void refuseIfAimed(String model, String method) {
    if (faults.refuses(new Faults.Target(model, method))) {
      throw OdooError.user("The operation cannot be completed: refused by the simulator's fault");
    }
  }

  /** The checks of {@code execute_kw}: database, user, then password or key. */
  public void checkUser(String db, int uid, String secret) {
    checkDb(db);
    orm.store().lock().readLock().lock();
    try {
      if (!orm.store().exists("res.users", uid)) {
        throw OdooError.missing("res.users", uid, uid);
      }
      if (!Users.secretMatches(orm, uid, secret, !faults.apiKeyRejected())) {
        if (faults.apiKeyRejected() && Users.secretMatches(orm, uid, secret, true)) {
          faults.fired(Faults.Kind.REJECT_API_KEY);
        }
        throw OdooError.denied();
      }
    } finally {
      orm.store().lock().readLock().unlock();
    }
  }

  public void checkDb(String db) {
    if (!config.db().equals(db)) {
      throw OdooError.internal(
          "psycopg2.OperationalError",
          "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \""
              + db
              + "\" does not exist\n",
          "no_db");
    }
  }

  /** The uid of a bearer token, or -1. */
  public int uidForApiKey(String key) {
    if (key == null) {
      return -1;
    }
    orm.store().lock().readLock().lock();
    try {
      int uid = Users.uidForKey(orm, key);
      if (uid >= 0 && faults.apiKeyRejected()) {
        faults.fired(Faults.Kind.REJECT_API_KEY);
        return -1;
      }
      return uid;
    } finally {
      orm.store().lock().readLock().unlock();
    }
  }
}
