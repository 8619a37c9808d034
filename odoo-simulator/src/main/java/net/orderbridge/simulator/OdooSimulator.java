package net.orderbridge.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.orderbridge.simulator.admin.AdminEndpoint;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.fault.FaultyHandler;
import net.orderbridge.simulator.json2.Json2Endpoint;
import net.orderbridge.simulator.json2.VersionEndpoint;
import net.orderbridge.simulator.webhook.WebhookSender;
import net.orderbridge.simulator.xmlrpc.XmlRpcEndpoint;

/**
 * An Odoo-compatible server (XML-RPC, JSON-2) for tests and demos, in memory (or kept in a file,
 * see {@link Builder#dataFile}), with faults on demand. Start it with {@code
 * OdooSimulator.builder().port(0).build().start()}.
 */
public final class OdooSimulator implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK: 40 ms per keep-alive call. Read once, when the JDK's server config loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger LOG = Logger.getLogger(OdooSimulator.class.getName());
  private final Core core;
  private HttpServer server;
  private ExecutorService pool;
  private ScheduledExecutorService timer;
  private WebhookSender webhooks;
  private FaultyHandler[] guarded;
  private final Path dataFile;
  private long savedChanges = -1;

  private OdooSimulator(SimulatorConfig config, Path dataFile) {
    this.core = new Core(config);
    this.dataFile = dataFile;
    if (dataFile != null) {
      SimulatorData.load(core.orm().store(), dataFile);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Binds the port and starts serving; returns this simulator. */
  public synchronized OdooSimulator start() {
    SimulatorConfig c = core.config();
    try {
      server = HttpServer.create(new InetSocketAddress(c.host(), c.port()), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pool = Executors.newFixedThreadPool(c.threads(), daemon("odoo-sim-http"));
    timer = Executors.newSingleThreadScheduledExecutor(daemon("odoo-sim-timer"));
    webhooks = new WebhookSender(core);
    core.dispatcher().afterCommit(webhooks::send);
    Faults f = core.faults();
    guarded =
        new FaultyHandler[] {
          new FaultyHandler(new XmlRpcEndpoint(core), Calls.XMLRPC, f, timer, core.calls()),
          new FaultyHandler(new Json2Endpoint(core), Calls.JSON2, f, timer, core.calls()),
          new FaultyHandler(new VersionEndpoint(core), Calls.VERSION, f, timer, core.calls())
        };
    server.createContext("/xmlrpc/", guarded[0]);
    server.createContext("/json/2/", guarded[1]);
    server.createContext("/json/version", guarded[2]);
    server.createContext("/web/version", guarded[2]);
    server.createContext("/__admin/", new AdminEndpoint(core).handler());
    server.setExecutor(pool);
    server.start();
    if (dataFile != null) {
      timer.scheduleWithFixedDelay(this::saveIfChanged, 1, 1, TimeUnit.SECONDS);
    }
    return this;
  }

  /** Writes the data file when anything changed since the last save. */
  private synchronized void saveIfChanged() {
    long changes = core.orm().store().changes();
    if (dataFile != null && changes != savedChanges) {
      try {
        SimulatorData.save(core.orm().store(), dataFile);
        savedChanges = changes;
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "Could not save the Odoo simulator's data to " + dataFile, failed);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  public synchronized void stop() {
    if (server == null) {
      return;
    }
    for (FaultyHandler h : guarded) {
      h.releaseAll();
    }
    server.stop(0);
    pool.shutdownNow();
    timer.shutdownNow();
    saveIfChanged();
    webhooks.close();
    server = null;
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** e.g. {@code http://127.0.0.1:8069}. */
  public String url() {
    return "http://" + core.config().host() + ":" + port();
  }

  public SimulatorConfig config() {
    return core.config();
  }

  public Faults faults() {
    return core.faults();
  }

  /**
   * How many HTTP requests each protocol received since the start or the last {@link #reset()},
   * faulted ones included: {@code xmlrpc} ({@code /xmlrpc/...}), {@code json2} ({@code
   * /json/2/...}) and {@code version} ({@code /web/version}, {@code /json/version}). Tells a test
   * which transport a client really spoke. The counts of {@link Calls#requestsByTransport()}.
   */
  public Map<String, Long> requests() {
    return core.calls().requestsByTransport();
  }

  /** What clients asked so far (see {@link Calls}). */
  public Calls calls() {
    return core.calls();
  }

  /** Switches the webhooks off and on again, as disabling Odoo's automation rule would. */
  public void webhooks(boolean on) {
    core.webhooksOn(on);
  }

  public SimulatorStore store() {
    return new SimulatorStore(core);
  }

  /**
   * Back to the seed data, faults cleared and their hits forgotten, counters at zero, webhooks on.
   */
  public void reset() {
    core.faults().clear().forgetHits();
    core.calls().reset();
    core.webhooksOn(true);
    core.reset();
  }

  /** The settings, all optional. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private Path dataFile;
    private int port = 8069;
    private String db = "odoo";
    private String login = "admin";
    private String password = "admin";
    private String apiKey;
    private String noRightsLogin;
    private String noRightsPassword;
    private String noRightsApiKey;
    private String version = "19.0";
    private String webhookUrl;
    private String webhookSecret;
    private List<String> webhookFields = List.of("id", "name", "state", "write_date");
    private int threads = 16;
    private Clock clock = Clock.systemUTC();

    public Builder host(String v) {
      host = v;
      return this;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder db(String v) {
      db = v;
      return this;
    }

    public Builder login(String v) {
      login = v;
      return this;
    }

    public Builder password(String v) {
      password = v;
      return this;
    }

    public Builder apiKey(String v) {
      apiKey = v;
      return this;
    }

    public Builder noRightsLogin(String v) {
      noRightsLogin = v;
      return this;
    }

    public Builder noRightsPassword(String v) {
      noRightsPassword = v;
      return this;
    }

    public Builder noRightsApiKey(String v) {
      noRightsApiKey = v;
      return this;
    }

    public Builder version(String v) {
      version = v;
      return this;
    }

    public Builder webhookUrl(String v) {
      webhookUrl = v;
      return this;
    }

    public Builder webhookSecret(String v) {
      webhookSecret = v;
      return this;
    }

    public Builder webhookFields(List<String> v) {
      webhookFields = List.copyOf(v);
      return this;
    }

    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /** The clock for {@code write_date} and friends (tests replaying transcripts pin it). */
    public Builder clock(Clock v) {
      clock = v;
      return this;
    }

    /**
     * Keeps the data in this file: loaded at start when it exists (instead of the seed), saved
     * within a second of every change and at stop. Unset (the default), the data lives in memory.
     */
    public Builder dataFile(Path v) {
      this.dataFile = v;
      return this;
    }

    public OdooSimulator build() {
      return new OdooSimulator(
          new SimulatorConfig(
              host,
              port,
              db,
              login,
              password,
              apiKey,
              noRightsLogin,
              noRightsPassword == null ? noRightsLogin : noRightsPassword,
              noRightsApiKey,
              version,
              webhookUrl,
              webhookSecret,
              webhookFields,
              threads,
              clock),
          dataFile);
    }
  }
}
