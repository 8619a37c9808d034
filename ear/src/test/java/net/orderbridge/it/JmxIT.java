package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * Operators read the sync's standing over JMX, through Liberty's local connector, beside Liberty's
 * MBeans.
 */
class JmxIT {

  @Test
  void syncStatusIsPublishedBesideLibertysOwnMBeans() throws Exception {
    Path address =
        Path.of(
            System.getProperty("orderbridge.server.dir"),
            "logs/state/com.ibm.ws.jmx.local.address");
    JMXServiceURL url = new JMXServiceURL(Files.readString(address, StandardCharsets.UTF_8).trim());

    try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName sync = new ObjectName("net.orderbridge:type=SyncStatus");

      assertThat((Long) server.getAttribute(sync, "Backlog")).isNotNegative();
      assertThat((Long) server.getAttribute(sync, "FailedSyncCount")).isNotNegative();
      assertThat((Long) server.getAttribute(sync, "PendingConflicts")).isNotNegative();
      assertThat((String) server.getAttribute(sync, "CircuitState"))
          .isIn("CLOSED", "OPEN", "HALF_OPEN");
      assertThat(server.queryNames(new ObjectName("WebSphere:type=ConnectionPoolStats,*"), null))
          .as("Liberty's monitor-1.0 connection pool MBeans")
          .isNotEmpty();
    }
  }
}
