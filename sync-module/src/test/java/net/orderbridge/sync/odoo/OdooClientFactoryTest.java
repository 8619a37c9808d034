package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.json2.Json2OdooClient;
import net.orderbridge.sync.odoo.transport.OdooClientFactory;
import net.orderbridge.sync.odoo.xmlrpc.XmlRpcOdooClient;
import org.junit.jupiter.api.Test;

class OdooClientFactoryTest {

  @Test
  void odoo19GetsJson2() {
    try (ReplayServer server = ReplayServer.start()) {
      var version = OdooReference.json2Answer("01_json_version");
      server.answer("/json/version", new Answer(200, version.contentType(), version.body()));
      assertThat(
              OdooClientFactory.create(TestSettings.forServer(server.uri(), TransportChoice.AUTO)))
          .isInstanceOf(Json2OdooClient.class);
    }
  }

  @Test
  void anOlderOdooWithoutJsonVersionGetsXmlRpc() {
    try (ReplayServer server = ReplayServer.start()) {
      assertThat(
              OdooClientFactory.create(TestSettings.forServer(server.uri(), TransportChoice.AUTO)))
          .isInstanceOf(XmlRpcOdooClient.class);
      String v18 = "{\"version_info\": [18, 0, 0, \"final\", 0, \"\"], \"version\": \"18.0\"}";
      server.answer(
          "/json/version",
          new Answer(200, "application/json", v18.getBytes(StandardCharsets.UTF_8)));
      assertThat(
              OdooClientFactory.create(TestSettings.forServer(server.uri(), TransportChoice.AUTO)))
          .isInstanceOf(XmlRpcOdooClient.class);
    }
  }

  @Test
  void theSettingOverridesTheVersion() {
    try (ReplayServer server = ReplayServer.start()) {
      assertThat(
              OdooClientFactory.create(
                  TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)))
          .isInstanceOf(XmlRpcOdooClient.class);
      assertThat(
              OdooClientFactory.create(TestSettings.forServer(server.uri(), TransportChoice.JSON2)))
          .isInstanceOf(Json2OdooClient.class);
      assertThat(server.received).isEmpty();
    }
  }
}
