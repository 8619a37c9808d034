package net.orderbridge.sync.odoo.xmlrpc;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.orderbridge.sync.odoo.ErrorType;
import net.orderbridge.sync.odoo.OdooAccessDeniedException;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooReference;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooServerErrorException;
import net.orderbridge.sync.odoo.OdooUnavailableException;
import net.orderbridge.sync.odoo.ReplayServer;
import net.orderbridge.sync.odoo.ReplayServer.Answer;
import net.orderbridge.sync.odoo.TestSettings;
import net.orderbridge.sync.odoo.TransportChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fault of the reference Odoo 19 in {@code faults.json}, replayed and classified. */
class XmlRpcFaultsTest {
  private static final Map<String, Class<? extends OdooException>> EXPECTED =
      Map.ofEntries(
          entry("27_po_line_write_date_planned_iso_T_string", OdooMappingException.class),
          entry("30_po_write_date_order_with_tz_suffix", OdooMappingException.class),
          entry("40_fault_wrong_password", OdooAuthenticationException.class),
          entry("41_fault_wrong_uid", OdooAuthenticationException.class),
          entry("42_fault_nonexistent_model", OdooMappingException.class),
          entry("43_fault_nonexistent_method", OdooMappingException.class),
          entry("44_fault_private_method", OdooAccessDeniedException.class),
          entry("45_fault_missing_required_partner", OdooRejectedException.class),
          entry("46_fault_missing_required_line_order_id", OdooRejectedException.class),
          entry("47_fault_write_nonexistent_id", OdooRecordMissingException.class),
          entry("49_fault_unknown_field_write", OdooMappingException.class),
          entry("50_fault_unknown_field_in_domain", OdooMappingException.class),
          entry("51_fault_wrong_selection_value", OdooMappingException.class),
          entry("52_fault_wrong_type_qty", OdooMappingException.class),
          entry("53_fault_many2one_nonexistent", OdooRecordMissingException.class),
          entry("54_fault_validation_section_with_product", OdooRejectedException.class),
          entry("55_fault_validation_recursive_partner", OdooRejectedException.class),
          entry("56_fault_unlink_confirmed_po", OdooRejectedException.class),
          entry("57_fault_modify_locked_or_confirmed_line", OdooRejectedException.class),
          entry("58_fault_wrong_db_name", OdooServerErrorException.class),
          entry("63_fault_access_error_read", OdooAccessDeniedException.class),
          entry("64_fault_access_error_create", OdooAccessDeniedException.class),
          entry("65_fault_access_error_write", OdooAccessDeniedException.class),
          entry("66_legacy_xmlrpc1_fault_missing_record", OdooRecordMissingException.class),
          entry("67_legacy_xmlrpc1_fault_access_denied", OdooAuthenticationException.class),
          entry("69_fault_apikey_make_key_over_xmlrpc", OdooRejectedException.class),
          entry("72_fault_apikey_wrong", OdooAuthenticationException.class));

  private static ReplayServer server;
  private static XmlRpcOdooClient client;

  @BeforeAll
  static void start() {
    server = ReplayServer.start();
    server.answer(
        "/xmlrpc/2/common", Answer.xml(OdooReference.xmlrpcResponse("02_common_authenticate")));
    client =
        new XmlRpcOdooClient(
            new OdooHttp(TestSettings.forServer(server.uri(), TransportChoice.XMLRPC)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<String> faults() {
    List<String> names = new ArrayList<>();
    OdooReference.faults().fieldNames().forEachRemaining(names::add);
    return names.stream().filter(n -> !n.startsWith("38_"));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void everyReferenceFaultIsClassified(String fault) {
    assertThat(EXPECTED).as("expectation for %s", fault).containsKey(fault);
    Throwable thrown = callAnswering(OdooReference.xmlrpcResponse(fault));
    assertThat(thrown).isExactlyInstanceOf(EXPECTED.get(fault));
    ErrorType type = ((OdooException) thrown).errorType();
    assertThat(type)
        .isEqualTo(
            thrown instanceof OdooRejectedException ? ErrorType.BUSINESS : ErrorType.PERMANENT);
  }

  @Test
  void theNoneFaultIsAResultNotAnError() {
    server.answer(
        "/xmlrpc/2/object",
        Answer.xml(OdooReference.xmlrpcResponse("38_po_button_cancel_returns_none")));
    assertThat(client.call("purchase.order", "button_cancel", List.of(13L), null)).isNull();
  }

  @Test
  void missingRecordNamesTheModel() {
    Throwable thrown = callAnswering(OdooReference.xmlrpcResponse("53_fault_many2one_nonexistent"));
    assertThat(((OdooRecordMissingException) thrown).missingModel()).isEqualTo("res.partner");
  }

  @Test
  void aSerializationFailureIsTransientAndRolledBack() {
    Throwable thrown =
        callAnswering(
            fault(
                1,
                "Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
                    + "psycopg2.errors.SerializationFailure: could not serialize access due to"
                    + " concurrent update\n"));
    assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
    assertThat(((OdooUnavailableException) thrown).outcome())
        .isEqualTo(OdooUnavailableException.Outcome.NOT_APPLIED);
    assertThat(((OdooException) thrown).errorType()).isEqualTo(ErrorType.TRANSIENT);
  }

  @Test
  void gatewayStatusesAreTransientWithUnknownOutcome() {
    server.answer("/xmlrpc/2/object", new Answer(502, "text/html", "<html/>".getBytes()));
    Throwable thrown = catchThrowable(() -> client.searchCount("purchase.order", List.of(), null));
    assertThat(thrown).isInstanceOf(OdooUnavailableException.class);
    assertThat(((OdooUnavailableException) thrown).outcomeUnknown()).isTrue();
    server.answer("/xmlrpc/2/object", new Answer(429, "text/plain", "slow down".getBytes()));
    thrown = catchThrowable(() -> client.searchCount("purchase.order", List.of(), null));
    assertThat(((OdooUnavailableException) thrown).outcome())
        .isEqualTo(OdooUnavailableException.Outcome.NOT_APPLIED);
  }

  private static Throwable callAnswering(byte[] response) {
    server.answer("/xmlrpc/2/object", Answer.xml(response));
    return catchThrowable(() -> client.call("purchase.order", "write", List.of(1L), null));
  }

  static byte[] fault(int code, String text) {
    return ("<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>"
            + code
            + "</int></value></member>"
            + "<member><name>faultString</name><value><string>"
            + text.replace("&", "&amp;").replace("<", "&lt;")
            + "</string></value></member></struct></value></fault></methodResponse>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
