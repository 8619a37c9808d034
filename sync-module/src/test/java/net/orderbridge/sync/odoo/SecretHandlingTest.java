package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.json2.Json2OdooClient;
import net.orderbridge.sync.odoo.xmlrpc.XmlRpcOdooClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key goes on the wire and nowhere else. */
class SecretHandlingTest {
  private static final String KEY = TestSettings.API_KEY;

  @Test
  void settingsReadTheKeyFileAndNeverPrintIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("odoo-key");
    Files.writeString(file, KEY + "\n");
    Map<String, String> env =
        Map.of(
            "ODOO_URL", "https://odoo.example.com/",
            "ODOO_DB", "prod",
            "ODOO_USERNAME", "sync@example.com",
            "ODOO_API_KEY_FILE", file.toString(),
            "ODOO_TRANSPORT", "json2",
            "ODOO_READ_TIMEOUT", "PT45S");
    OdooConnectionSettings settings =
        OdooConnectionSettings.fromLookup(k -> Optional.ofNullable(env.get(k)));
    assertThat(settings.secret().reveal()).isEqualTo(KEY);
    assertThat(settings.url().toString()).isEqualTo("https://odoo.example.com");
    assertThat(settings.transport()).isEqualTo(TransportChoice.JSON2);
    assertThat(settings.readTimeout()).hasSeconds(45);
    assertThat(settings.connectTimeout()).isEqualTo(OdooConnectionSettings.DEFAULT_CONNECT_TIMEOUT);
    assertThat(settings.toString()).doesNotContain(KEY).contains("prod", "API_KEY");
    assertThat(settings.secret().toString()).doesNotContain(KEY);
  }

  @Test
  void twoSecretsAreRefusedWithoutShowingThem() {
    Map<String, String> env =
        Map.of(
            "ODOO_URL", "https://odoo.example.com",
            "ODOO_DB", "prod",
            "ODOO_USERNAME", "sync",
            "ODOO_API_KEY", KEY,
            "ODOO_PASSWORD", "hunter2");
    assertThatThrownBy(
            () -> OdooConnectionSettings.fromLookup(k -> Optional.ofNullable(env.get(k))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(KEY)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void anXmlRpcFaultEchoingTheRequestIsRedacted() {
    try (ReplayServer server = ReplayServer.start()) {
      server.answer(
          "/xmlrpc/2/common", Answer.xml(OdooReference.xmlrpcResponse("02_common_authenticate")));
      server.answer(
          "/xmlrpc/2/object",
          Answer.xml(
              ("<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode"
                      + "</name><value><int>2</int></value></member><member><name>faultString</name>"
                      + "<value><string>bad call execute_kw('odoo_acc', 2, '"
                      + KEY
                      + "', ...)</string></value></member></struct></value></fault></methodResponse>")
                  .getBytes(StandardCharsets.UTF_8)));
      var client =
          new XmlRpcOdooClient(
              new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)));
      Throwable thrown = catchThrowable(() -> client.unlink("purchase.order", List.of(1L)));
      assertThat(thrown).isInstanceOf(OdooRejectedException.class);
      assertThat(thrown.getMessage()).contains("bad call").doesNotContain(KEY);
      assertThat(server.last().bodyText()).contains(KEY); // it did go on the wire
    }
  }

  @Test
  void aJson2ErrorEchoingTheKeyIsRedacted() {
    try (ReplayServer server = ReplayServer.start()) {
      String body =
          "{\"name\": \"werkzeug.exceptions.Unauthorized\", \"message\": \"Invalid apikey "
              + KEY
              + "\", \"arguments\": [], \"context\": {}, \"debug\": \"\"}";
      server.answer(
          "/json/2/purchase.order/unlink",
          new Answer(401, "application/json", body.getBytes(StandardCharsets.UTF_8)));
      var client =
          new Json2OdooClient(
              new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.JSON2)));
      Throwable thrown = catchThrowable(() -> client.unlink("purchase.order", List.of(1L)));
      assertThat(thrown.getMessage()).contains("Invalid apikey").doesNotContain(KEY);
      assertThat(thrown.toString()).doesNotContain(KEY);
    }
  }
}
