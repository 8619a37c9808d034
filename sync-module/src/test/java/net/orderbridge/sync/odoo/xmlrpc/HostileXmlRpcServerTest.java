package net.orderbridge.sync.odoo.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooProtocolException;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.OdooServerErrorException;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TestSettings;
import net.orderbridge.sync.odoo.TransportChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that is not Odoo but tries what CVE-2016-5002, -5003 and CVE-2019-17570 describe. */
class HostileXmlRpcServerTest {
  private ReplayServer server;
  private ReplayServer leakListener;
  private XmlRpcOdooClient client;

  @BeforeEach
  void start() {
    server = ReplayServer.start();
    leakListener = ReplayServer.start();
    server.answer(
        "/xmlrpc/2/common", Answer.xml(OdooReference.xmlrpcResponse("02_common_authenticate")));
    client =
        new XmlRpcOdooClient(
            new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)));
    Tripwire.DESERIALISED.set(false);
  }

  @AfterEach
  void stop() {
    server.close();
    leakListener.close();
  }

  @Test
  void theTripwireWorksWhenSomeoneDoesDeserialiseIt() throws Exception {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(Tripwire.serialised()))) {
      in.readObject();
    }
    assertThat(Tripwire.DESERIALISED).isTrue();
  }

  @Test
  void aFaultCauseIsNeverDeserialised() {
    String cause = Base64.getEncoder().encodeToString(Tripwire.serialised());
    answer(
        "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>1</int></value></member>"
            + "<member><name>faultString</name><value><string>boom</string></value></member>"
            + "<member><name>faultCause</name><value><base64>"
            + cause
            + "</base64></value></member></struct></value></fault></methodResponse>");
    assertThatThrownBy(this::call).isExactlyInstanceOf(OdooServerErrorException.class).hasNoCause();
    assertThat(Tripwire.DESERIALISED).isFalse();
  }

  @Test
  void anExternalEntityIsRefusedAndNeverFetched() {
    answer(
        "<?xml version=\"1.0\"?><!DOCTYPE methodResponse [<!ENTITY x SYSTEM \""
            + leakListener.uri()
            + "/leak\">]><methodResponse><params><param><value><string>&x;</string></value>"
            + "</param></params></methodResponse>");
    assertThatThrownBy(this::call)
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("DOCTYPE");
    assertThat(leakListener.received).isEmpty();
  }

  @Test
  void anExternalDtdIsRefusedAndNeverFetched() {
    answer(
        "<?xml version=\"1.0\"?><!DOCTYPE methodResponse SYSTEM \""
            + leakListener.uri()
            + "/leak.dtd\"><methodResponse><params><param><value><int>1</int></value>"
            + "</param></params></methodResponse>");
    assertThatThrownBy(this::call).isInstanceOf(OdooProtocolException.class);
    assertThat(leakListener.received).isEmpty();
  }

  @Test
  void internalEntityExpansionIsRefused() {
    answer(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<methodResponse><params><param><value><string>&b;</string></value>"
            + "</param></params></methodResponse>");
    assertThatThrownBy(this::call).isInstanceOf(OdooProtocolException.class);
  }

  @Test
  void aSerializableExtensionValueIsRefused() {
    String payload = Base64.getEncoder().encodeToString(Tripwire.serialised());
    answer(
        "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
            + "<params><param><value><ex:serializable>"
            + payload
            + "</ex:serializable></value></param></params></methodResponse>");
    assertThatThrownBy(this::call).isInstanceOf(OdooProtocolException.class);
    assertThat(Tripwire.DESERIALISED).isFalse();
  }

  @Test
  void nilValuesAreRefusedOdooNeverSendsThem() {
    answer(
        "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
            + "<params><param><value><ex:nil/></value></param></params></methodResponse>");
    assertThatThrownBy(this::call).isInstanceOf(OdooProtocolException.class);
    answer(
        "<?xml version=\"1.0\"?><methodResponse><params><param><value><nil/></value>"
            + "</param></params></methodResponse>");
    assertThatThrownBy(this::call).isInstanceOf(OdooProtocolException.class);
  }

  private void answer(String xml) {
    server.answer("/xmlrpc/2/object", Answer.xml(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private Object call() {
    return client.call("purchase.order", "button_confirm", List.of(1L), null);
  }
}
