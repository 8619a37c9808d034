package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM still has heap to work with. It never looks at PostgreSQL or Odoo: a restart
 * cures neither.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double use = (double) heap.getUsed() / max;
    return HealthCheckResponse.named("process")
        .status(use < MAX_HEAP_USE)
        .withData("heapUsedBytes", heap.getUsed())
        .withData("heapMaxBytes", max)
        .build();
  }
}
