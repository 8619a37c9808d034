package net.orderbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.orderbridge.simulator.xmlrpc.XmlRpcParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every transcript of the reference (XML-RPC, then JSON-2, in their order, on one simulator
 * as the real run did on one database) and compares the answers structurally.
 */
class ReplayTest {
  static final Path REF =
      Path.of(System.getProperty("odoo.reference.dir", "../../shared/odoo-reference"));
  static final String KEY = "54ba2960b12fdf490d3a85e530b86234e5a6db72";
  static final String NOPURCHASE_KEY = "nopurchase-key-for-json2";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T12:12:03Z"));
  private static final OdooSimulator SIM =
      OdooSimulator.builder().port(0).db("odoo_acc").apiKey(KEY).clock(CLOCK).build().start();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @AfterAll
  static void stop() {
    SIM.stop();
  }

  @TestFactory
  Stream<DynamicTest> transcripts() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode e : JSON.readTree(REF.resolve("xmlrpc/index.json").toFile())) {
      tests.add(
          DynamicTest.dynamicTest("xmlrpc " + e.get("request_file").asText(), () -> xmlrpc(e)));
    }
    tests.add(DynamicTest.dynamicTest("json2 setup", ReplayTest::json2Setup));
    for (Map.Entry<String, String[]> c : commands().entrySet()) {
      tests.add(
          DynamicTest.dynamicTest("json2 " + c.getKey(), () -> json2(c.getKey(), c.getValue())));
    }
    return tests.stream();
  }

  private static void xmlrpc(JsonNode e) throws Exception {
    byte[] request = Files.readAllBytes(REF.resolve(e.get("request_file").asText()));
    HttpResponse<byte[]> res =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(SIM.url() + e.get("endpoint").asText()))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(res.statusCode()).isEqualTo(200);
    XmlRpcParser.Response actual = XmlRpcParser.parseResponse(new ByteArrayInputStream(res.body()));
    XmlRpcParser.Response expected =
        XmlRpcParser.parseResponse(
            Files.newInputStream(REF.resolve(e.get("response_file").asText())));
    assertThat(actual.fault()).as(new String(res.body())).isEqualTo(expected.fault());
    String expectedBytes = Files.readString(REF.resolve(e.get("response_file").asText()));
    Object ev = expected.value();
    boolean traceback =
        expected.fault() && Integer.valueOf(1).equals(((Map<?, ?>) ev).get("faultCode"));
    if (!traceback && (expected.fault() || !(ev instanceof List) || e.get("n").asInt() == 1)) {
      // byte for byte, record ids aside
      assertThat(
              Structure.normalise(new String(res.body(), java.nio.charset.StandardCharsets.UTF_8)))
          .isEqualTo(Structure.normalise(expectedBytes));
    }
    if (expected.fault()) {
      Map<?, ?> ef = (Map<?, ?>) expected.value();
      Map<?, ?> af = (Map<?, ?>) actual.value();
      assertThat(af.get("faultCode")).isEqualTo(ef.get("faultCode"));
      String es = (String) ef.get("faultString");
      String as = (String) af.get("faultString");
      if (Integer.valueOf(1).equals(ef.get("faultCode"))) {
        assertThat(Structure.lastLine(as)).isEqualTo(Structure.lastLine(es));
        assertThat(as).isEqualTo(es);
        assertThat(as).startsWith("Traceback (most recent call last):\n");
      } else {
        assertThat(Structure.normalise(as)).isEqualTo(Structure.normalise(es));
      }
    } else {
      assertThat(Structure.diff(expected.value(), actual.value())).isEmpty();
    }
  }

  private static void json2Setup() {
    CLOCK.set(Instant.parse("2026-11-26T12:12:16Z"));
    SIM.store().addApiKey(7, "nopurchase", NOPURCHASE_KEY);
    SIM.store().setNextId("purchase.order", 16);
    SIM.store().setNextId("purchase.order.line", 28);
  }

  /** name → {method, path, headers joined by \n}. */
  static Map<String, String[]> commands() throws Exception {
    Map<String, String[]> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(REF.resolve("json2/commands.txt"));
    Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:8069(/[^' ]*)");
    Pattern header = Pattern.compile("-H '([^']*)'");
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      String name = lines.get(i).substring(2).trim();
      String cmd = lines.get(i + 1);
      Matcher m = url.matcher(cmd);
      m.find();
      StringBuilder headers = new StringBuilder();
      Matcher h = header.matcher(cmd);
      while (h.find()) {
        headers.append(h.group(1)).append('\n');
      }
      out.put(
          name,
          new String[] {cmd.contains("-X POST") ? "POST" : "GET", m.group(1), headers.toString()});
    }
    return out;
  }

  private static void json2(String name, String[] cmd) throws Exception {
    String key =
        name.startsWith("18_")
            ? KEY.substring(0, 36) + "0000"
            : name.startsWith("31_") || name.startsWith("32_") ? NOPURCHASE_KEY : KEY;
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SIM.url() + cmd[1]));
    for (String h : cmd[2].split("\n")) {
      if (!h.isBlank()) {
        int colon = h.indexOf(':');
        b.header(h.substring(0, colon).trim(), h.substring(colon + 1).trim().replace("<KEY>", key));
      }
    }
    Path req = REF.resolve("json2/" + name + ".request.json");
    b.method(
        cmd[0],
        Files.exists(req)
            ? HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(req))
            : HttpRequest.BodyPublishers.noBody());
    HttpResponse<String> res = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    String statusLine =
        Files.readAllLines(REF.resolve("json2/" + name + ".response.headers")).get(0);
    assertThat(res.statusCode())
        .as(res.body())
        .isEqualTo(Integer.parseInt(statusLine.split(" ")[1]));
    String expectedBody = Files.readString(REF.resolve("json2/" + name + ".response.json"));
    Object expected;
    try {
      expected = JSON.readValue(expectedBody, Object.class);
    } catch (Exception notJson) {
      assertThat(res.body())
          .contains(expectedBody.lines().filter(l -> l.contains("<title>")).findFirst().orElse(""));
      return;
    }
    Object actual = JSON.readValue(res.body(), Object.class);
    if (expected instanceof Map<?, ?> em && em.containsKey("debug")) {
      Map<?, ?> am = (Map<?, ?>) actual;
      assertThat(Structure.lastLine((String) am.get("debug")))
          .isEqualTo(Structure.lastLine((String) em.get("debug")));
    }
    assertThat(Structure.diff(expected, actual)).isEmpty();
  }
}
