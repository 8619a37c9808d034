package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

      // the same figures as the database and the status call, once the status' short cache caught
      // up
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                JsonNode status = Api.operator().get("/api/sync/status").ok();
                assertThat((Long) server.getAttribute(sync, "FailedSyncCount"))
                    .as("dead letters")
                    .isEqualTo(
                        Database.count(
                            "select count(*) from sync.outbox_message where status = 'DEAD'"))
                    .isEqualTo(status.get("deadLetters").asLong());
                assertThat((Long) server.getAttribute(sync, "PendingConflicts"))
                    .as("open conflicts")
                    .isEqualTo(
                        Database.count(
                            "select count(*) from sync.sync_conflict where status = 'OPEN'"))
                    .isEqualTo(status.get("pendingConflicts").asLong());
                assertThat((Long) server.getAttribute(sync, "Backlog"))
                    .as("backlog")
                    .isEqualTo(status.get("backlog").asLong());
                assertThat((String) server.getAttribute(sync, "CircuitState"))
                    .isEqualTo(status.get("odoo").get("circuit").asText());
                assertThat((Long) server.getAttribute(sync, "ParkedPullFailures"))
                    .as("parked pull failures")
                    .isEqualTo(status.get("parkedPulls").asLong());
              });
      String id = SyncFixture.place(SyncFixture.unique("jmx-ratio")).get("id").asText();
      SyncFixture.awaitSynced(id, "draft");
      assertThat((Double) server.getAttribute(sync, "PushSuccessRatio"))
          .as("pushes acknowledged per push attempted, over 15 minutes, after one that succeeded")
          .isGreaterThan(0.0)
          .isLessThanOrEqualTo(1.0);
      assertThat(server.queryNames(new ObjectName("WebSphere:type=ConnectionPoolStats,*"), null))
          .as("Liberty's monitor-1.0 connection pool MBeans")
          .isNotEmpty();
    }
  }
}
