package net.orderbridge.sync.status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.pull.PullMetrics;
import net.orderbridge.sync.push.PushMetrics;

/**
 * Publishes {@link SyncStatusMXBean} in the platform MBean server while the application runs,
 * beside Liberty's own MBeans of {@code monitor-1.0} (connection pools, thread pools, REST
 * timings). Every attribute is read fresh from the database.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncStatusJmx implements SyncStatusMXBean {
  static final String NAME = "net.orderbridge:type=SyncStatus";
  private static final Logger LOG = Logger.getLogger(SyncStatusJmx.class.getName());

  private final SyncStatusQuery status;
  private final PushMetrics pushMetrics;
  private final PullMetrics pullMetrics;

  @Inject
  public SyncStatusJmx(SyncStatusQuery status, PushMetrics pushMetrics, PullMetrics pullMetrics) {
    this.status = status;
    this.pushMetrics = pushMetrics;
    this.pullMetrics = pullMetrics;
  }

  /** For the EJB container. */
  public SyncStatusJmx() {
    this(null, null, null);
  }

  @Resource ContextService contexts;

  /** Reads in the application's context: JMX calls arrive on threads that have none. */
  private Supplier<IntegrationHealthStatus> reader;

  @PostConstruct
  @SuppressWarnings("unchecked")
  void register() {
    Supplier<IntegrationHealthStatus> read = () -> status.status();
    reader = contexts.createContextualProxy(read, Supplier.class);
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (!server.isRegistered(name)) {
        server.registerMBean(this, name);
      }
    } catch (JMException failed) {
      LOG.log(Level.WARNING, "The sync status is not published over JMX", failed);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException gone) {
      LOG.log(Level.FINE, "The sync status MBean was already gone", gone);
    }
  }

  private IntegrationHealthStatus now() {
    return reader.get();
  }

  @Override
  public String getLastSuccessfulSync() {
    Instant last = now().lastSuccessfulSync();
    return last == null ? "" : last.toString();
  }

  @Override
  public long getBacklog() {
    return now().backlog();
  }

  @Override
  public long getOldestPendingAgeSeconds() {
    return now().oldestPendingAgeSeconds();
  }

  @Override
  public long getFailedSyncCount() {
    return now().deadLetters();
  }

  @Override
  public long getPendingConflicts() {
    return now().pendingConflicts();
  }

  @Override
  public String getCircuitState() {
    return now().odoo().circuit();
  }

  @Override
  public boolean isOdooReachable() {
    return now().odoo().reachable();
  }

  @Override
  public long getParkedPullFailures() {
    return now().parkedPulls();
  }

  @Override
  public double getPushSuccessRatio() {
    return pushMetrics.successRatio();
  }

  @Override
  public double getPullSuccessRatio() {
    return pullMetrics.successRatio();
  }

  @Override
  public String getOdooKeyLoadedAt() {
    return now().odooKey().loadedAt().toString();
  }

  @Override
  public String getOdooKeySource() {
    OdooSecret.Loading key = now().odooKey();
    return key.file() == null ? key.source() : key.source() + " " + key.file();
  }
}
