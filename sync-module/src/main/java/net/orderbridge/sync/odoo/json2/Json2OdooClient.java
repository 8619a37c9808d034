package net.orderbridge.sync.odoo.json2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.orderbridge.sync.odoo.KeywordArguments;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooProtocolException;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.OdooServerVersion;
import net.orderbridge.sync.odoo.OdooValues;

/**
 * {@link OdooClient} over JSON-2 (Odoo 19+): {@code POST /json/2/<model>/<method>}, headers {@code
 * Authorization: bearer <api key>} and {@code X-Odoo-Database}, every argument named in the body
 * ({@code ids}, {@code domain}, {@code fields}, {@code vals_list}, {@code vals}, {@code context}
 * ...). Each call is its own transaction. JSON-2 knows no passwords, only API keys.
 */
public final class Json2OdooClient implements OdooClient {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.]*");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final OdooHttp http;
  private final OdooConnectionSettings settings;
  private final Json2ErrorClassifier errors;

  public Json2OdooClient(OdooHttp http) {
    this.http = http;
    this.settings = http.settings();
    if (settings.secret().kind() != OdooSecret.Kind.API_KEY) {
      throw new IllegalArgumentException("JSON-2 needs ODOO_API_KEY or ODOO_API_KEY_FILE");
    }
    this.errors = new Json2ErrorClassifier(JSON, settings.secret());
  }

  /**
   * {@code GET /json/version}, which needs no credentials; empty when the server answers 404 (an
   * Odoo older than 19, which has no JSON-2).
   */
  public static Optional<OdooServerVersion> probeVersion(OdooHttp http) {
    HttpResponse<byte[]> response = http.get("/json/version");
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new OdooProtocolException(
          "HTTP " + response.statusCode(), "GET /json/version answered " + response.statusCode());
    }
    Map<String, Object> info = OdooValues.record(decode(response.body()));
    return Optional.of(
        new OdooServerVersion(
            String.valueOf(info.get("version")),
            info.get("version_info") instanceof List<?> l ? new ArrayList<>(l) : List.of()));
  }

  @Override
  public OdooServerVersion version() {
    return probeVersion(http)
        .orElseThrow(() -> new OdooProtocolException("HTTP 404", "no /json/version: not Odoo 19+"));
  }

  /**
   * JSON-2 has no {@code authenticate}: the key is checked on every call (401 when refused). This
   * looks up the configured login's user id, which checks the key on the way.
   */
  @Override
  public long authenticate() {
    List<?> domain = List.of(List.of("login", "=", settings.username()));
    List<Long> ids = search("res.users", domain, 0, 1, null, null);
    if (ids.isEmpty()) {
      throw new OdooAuthenticationException(
          "authenticate", "the API key works but sees no user " + settings.username());
    }
    return ids.get(0);
  }

  @Override
  public List<Map<String, Object>> searchRead(
      String model,
      List<?> domain,
      List<String> fields,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context) {
    return OdooValues.records(
        post(
            model,
            "search_read",
            KeywordArguments.of()
                .with("domain", domain)
                .with("fields", fields)
                .with("offset", offset)
                .with("limit", limit)
                .with("order", order)
                .with("context", context)));
  }

  @Override
  public List<Map<String, Object>> read(
      String model, List<Long> ids, List<String> fields, Map<String, Object> context) {
    return OdooValues.records(
        post(
            model,
            "read",
            KeywordArguments.of()
                .with("ids", ids)
                .with("fields", fields)
                .with("context", context)));
  }

  @Override
  public List<Long> search(
      String model,
      List<?> domain,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context) {
    return OdooValues.ids(
        post(
            model,
            "search",
            KeywordArguments.of()
                .with("domain", domain)
                .with("offset", offset)
                .with("limit", limit)
                .with("order", order)
                .with("context", context)));
  }

  @Override
  public long searchCount(String model, List<?> domain, Map<String, Object> context) {
    return OdooValues.longValue(
        post(
            model,
            "search_count",
            KeywordArguments.of().with("domain", domain).with("context", context)));
  }

  @Override
  public List<Long> create(String model, List<Map<String, Object>> valsList) {
    return OdooValues.ids(post(model, "create", KeywordArguments.of().with("vals_list", valsList)));
  }

  @Override
  public long create(String model, Map<String, Object> vals) {
    List<Long> ids = create(model, List.of(vals));
    if (ids.size() != 1) {
      throw new OdooProtocolException(null, "create of one record answered " + ids.size() + " ids");
    }
    return ids.get(0);
  }

  @Override
  public boolean write(String model, List<Long> ids, Map<String, Object> vals) {
    return OdooValues.booleanValue(
        post(model, "write", KeywordArguments.of().with("ids", ids).with("vals", vals)));
  }

  @Override
  public boolean unlink(String model, List<Long> ids) {
    return OdooValues.booleanValue(post(model, "unlink", KeywordArguments.of().with("ids", ids)));
  }

  @Override
  public Object call(String model, String method, List<Long> ids, Map<String, Object> kwargs) {
    KeywordArguments args = KeywordArguments.of().with("ids", ids);
    if (kwargs != null) {
      kwargs.forEach(args::with);
    }
    return post(model, method, args);
  }

  @Override
  public Map<String, Map<String, Object>> fieldsGet(String model, List<String> attributes) {
    return OdooValues.fields(
        post(model, "fields_get", KeywordArguments.of().with("attributes", attributes)));
  }

  private Object post(String model, String method, KeywordArguments args) {
    if (!NAME.matcher(model).matches() || !NAME.matcher(method).matches()) {
      throw new OdooMappingException(
          null, "not an Odoo model/method name: " + model + "/" + method);
    }
    String path = "/json/2/" + model + "/" + method;
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(args.asMap());
    } catch (JsonProcessingException e) {
      throw new OdooMappingException(null, "cannot encode the arguments of " + path + " as JSON");
    }
    HttpResponse<byte[]> response =
        http.post(
            path,
            Map.of(
                "Content-Type",
                "application/json; charset=utf-8",
                "Authorization",
                "bearer " + settings.secret().reveal(),
                "X-Odoo-Database",
                settings.db()),
            body);
    if (response.statusCode() != 200) {
      throw errors.classify(response.statusCode(), response.body(), path);
    }
    return decode(response.body());
  }

  private static Object decode(byte[] body) {
    try {
      return OdooValues.normalise(JSON.readValue(body, Object.class));
    } catch (IOException e) {
      throw new OdooProtocolException(
          null, "Odoo's JSON-2 answer is not JSON (" + e.getClass().getSimpleName() + ")");
    }
  }
}
