package net.orderbridge.it.odoodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import net.orderbridge.it.Api;
import net.orderbridge.it.SyncFixture;

/**
 * A server other than the main suite's, reached at {@code base}, on the database {@code
 * orderbridge.second.db.name}: places orders of one chair and two lamps for Ready Mat as a buyer
 * and calls the operator's endpoints.
 */
public final class OtherServer {
  private static final HttpClient HTTP = Api.client();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String base;
  private JsonNode supplier;
  private JsonNode chair;
  private JsonNode lamp;

  public OtherServer(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }

  public JsonNode place(String notes) throws Exception {
    if (supplier == null) {
      // a refresh can meet the pull mirroring a vendor of an order made in Odoo at the same moment
      // (supplier_odoo_id_unique, a 500 of the catalogue's): the next one passes
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () ->
                  assertThat(
                          send(SyncFixture.operatorAuth(), "POST", "/api/suppliers/refresh", "{}")
                              .statusCode())
                      .isEqualTo(200));
      supplier = idOf(json(SyncFixture.buyerAuth(), "GET", "/api/suppliers?size=200"), 11);
      JsonNode products = json(SyncFixture.buyerAuth(), "GET", "/api/products?size=200");
      chair = idOf(products, 5);
      lamp = idOf(products, 6);
    }
    String body =
        """
        {"supplierId": "%s", "currency": "USD", "notes": "%s", "lines": [
          {"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 2}]}"""
            .formatted(supplier.asText(), notes, chair.asText(), lamp.asText());
    HttpResponse<String> placed =
        send(SyncFixture.buyerAuth(), "POST", "/api/purchase-orders", body);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return JSON.readTree(placed.body());
  }

  JsonNode buyer(String method, String path) throws Exception {
    return json(SyncFixture.buyerAuth(), method, path);
  }

  public JsonNode operator(String method, String path) throws Exception {
    return json(SyncFixture.operatorAuth(), method, path);
  }

  int status(String path) throws Exception {
    return send(null, "GET", path, null).statusCode();
  }

  /** The operators' decisions about the Odoo database, oldest first: "REBIND by operator". */
  List<String> decisionsOnRecord() throws Exception {
    try (Connection db = database();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "select decision, decided_by from sync.odoo_database_decision order by id")) {
      List<String> decisions = new java.util.ArrayList<>();
      while (row.next()) {
        decisions.add(row.getString(1) + " by " + row.getString(2));
      }
      return decisions;
    }
  }

  private static Connection database() throws java.sql.SQLException {
    String url =
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("orderbridge.second.db.name");
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  /** The orders' keys in Odoo: number and this server's installation. */
  public List<String> keysOf(List<String> numbers) throws Exception {
    try (Connection db = database();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery("select key_suffix from sync.installation")) {
      row.next();
      String installation = row.getString(1);
      return numbers.stream().map(n -> n + "@" + installation).toList();
    }
  }

  private JsonNode json(String auth, String method, String path) throws Exception {
    HttpResponse<String> reply = send(auth, method, path, null);
    assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isEqualTo(200);
    return JSON.readTree(reply.body());
  }

  private HttpResponse<String> send(String auth, String method, String path, String json)
      throws Exception {
    return HTTP.send(
        Api.request(base + path, auth, method, json).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode idOf(JsonNode page, long odooId) {
    for (JsonNode item : page.get("items")) {
      if (item.get("odooId").asLong() == odooId) {
        return item.get("id");
      }
    }
    throw new AssertionError("no Odoo id " + odooId + " in " + page);
  }
}
