package net.orderbridge.sync.odoo.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TransportChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML-RPC keeps the uid of {@code authenticate}; a rotated key is authenticated anew. */
class XmlRpcKeyRotationTest {
  private static final String OLD = "old-xmlrpc-key-8f2a";
  private static final String NEW = "new-xmlrpc-key-8f2b";
  private static final byte[] TRUE =
      ("<?xml version=\"1.0\"?><methodResponse><params><param><value><boolean>1</boolean>"
              + "</value></param></params></methodResponse>")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void aNewKeyInTheFileIsAuthenticatedBeforeTheNextCall(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(file, OLD);
    try (ReplayServer server = ReplayServer.start()) {
      server.answer(
          "/xmlrpc/2/common", Answer.xml(OdooReference.xmlrpcResponse("02_common_authenticate")));
      server.answer("/xmlrpc/2/object", Answer.xml(TRUE));
      OdooConnectionSettings settings =
          new OdooConnectionSettings(
              server.uri(),
              "odoo_acc",
              "admin",
              OdooSecret.fromFile(file, Clock.systemUTC()),
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              TransportChoice.XMLRPC);
      XmlRpcOdooClient client = new XmlRpcOdooClient(new OdooHttp(settings));

      client.unlink("purchase.order", List.of(1L));
      client.unlink("purchase.order", List.of(2L));
      assertThat(authentications(server)).as("the uid is kept").hasSize(1);

      FileTime before = Files.getLastModifiedTime(file);
      Files.writeString(file, NEW);
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
      client.unlink("purchase.order", List.of(3L));

      assertThat(authentications(server)).hasSize(2);
      assertThat(authentications(server).get(1).bodyText()).contains(NEW);
      assertThat(server.last().path()).isEqualTo("/xmlrpc/2/object");
      assertThat(server.last().bodyText()).contains(NEW).doesNotContain(OLD);
    }
  }

  private static List<ReplayServer.Received> authentications(ReplayServer server) {
    return server.received.stream().filter(r -> r.path().equals("/xmlrpc/2/common")).toList();
  }
}
