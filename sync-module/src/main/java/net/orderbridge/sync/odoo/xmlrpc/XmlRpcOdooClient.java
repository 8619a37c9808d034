package net.orderbridge.sync.odoo.xmlrpc;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.sync.odoo.KeywordArguments;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooClient;
import net.orderbridge.sync.odoo.OdooConnectionSettings;
import net.orderbridge.sync.odoo.OdooHttp;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooServerVersion;
import net.orderbridge.sync.odoo.OdooValues;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

/**
 * {@link OdooClient} over XML-RPC: {@code /xmlrpc/2/common} for {@code version} and {@code
 * authenticate}, {@code /xmlrpc/2/object} {@code execute_kw(db, uid, secret, model, method, args,
 * kwargs)} for everything else. The uid is looked up on first use and again whenever another key is
 * in use ({@code ODOO_API_KEY_FILE} rotated), so that a new key is checked by {@code authenticate}
 * as the first one was. Works on Odoo 16 to 21.
 */
public final class XmlRpcOdooClient implements OdooClient {
  private final OdooConnectionSettings settings;
  private final XmlRpcClient common;
  private final XmlRpcClient object;
  private final XmlRpcFaultClassifier faults;
  private volatile Session session;

  /** The uid {@code authenticate} gave for the key of this generation. */
  private record Session(long uid, long generation) {}

  public XmlRpcOdooClient(OdooHttp http) {
    this.settings = http.settings();
    this.common = client(http, "/xmlrpc/2/common");
    this.object = client(http, "/xmlrpc/2/object");
    this.faults = new XmlRpcFaultClassifier(settings.secret());
  }

  private static XmlRpcClient client(OdooHttp http, String path) {
    XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
    try {
      config.setServerURL(URI.create(http.settings().url() + path).toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad ODOO_URL", e);
    }
    config.setEnabledForExtensions(false); // no <ex:serializable>, <ex:nil>, <ex:i8> ...
    config.setEnabledForExceptions(false); // never deserialise a faultCause
    config.setEncoding("UTF-8");
    config.setConnectionTimeout((int) http.settings().connectTimeout().toMillis());
    config.setReplyTimeout((int) http.settings().readTimeout().toMillis());
    XmlRpcClient client = new XmlRpcClient();
    client.setConfig(config);
    client.setTransportFactory(new HttpClientXmlRpcTransportFactory(client, http, path));
    client.setXmlWriterFactory(new Xml10WriterFactory());
    return client;
  }

  @Override
  public OdooServerVersion version() {
    Map<String, Object> info = OdooValues.record(invoke(common, "version"));
    return new OdooServerVersion(
        String.valueOf(info.get("server_version")),
        info.get("server_version_info") instanceof List<?> l ? new ArrayList<>(l) : List.of());
  }

  @Override
  public long authenticate() {
    long generation = settings.secret().generation();
    Object result =
        invoke(
            common,
            "authenticate",
            settings.db(),
            settings.username(),
            settings.secret().reveal(),
            Map.of());
    if (result instanceof Long id) {
      session = new Session(id, generation);
      return id;
    }
    // Odoo answers False, not a fault, for a wrong login, password or key
    throw new OdooAuthenticationException(
        "authenticate",
        "Odoo refused the credentials of " + settings.username() + " on " + settings.db());
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
    KeywordArguments kw =
        KeywordArguments.of()
            .with("fields", fields)
            .with("offset", offset)
            .with("limit", limit)
            .with("order", order)
            .with("context", context);
    return OdooValues.records(executeKw(model, "search_read", List.of(domain), kw));
  }

  @Override
  public List<Map<String, Object>> read(
      String model, List<Long> ids, List<String> fields, Map<String, Object> context) {
    KeywordArguments kw = KeywordArguments.of().with("fields", fields).with("context", context);
    return OdooValues.records(executeKw(model, "read", List.of(ids), kw));
  }

  @Override
  public List<Long> search(
      String model,
      List<?> domain,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context) {
    KeywordArguments kw =
        KeywordArguments.of()
            .with("offset", offset)
            .with("limit", limit)
            .with("order", order)
            .with("context", context);
    return OdooValues.ids(executeKw(model, "search", List.of(domain), kw));
  }

  @Override
  public long searchCount(String model, List<?> domain, Map<String, Object> context) {
    KeywordArguments kw = KeywordArguments.of().with("context", context);
    return OdooValues.longValue(executeKw(model, "search_count", List.of(domain), kw));
  }

  @Override
  public List<Long> create(String model, List<Map<String, Object>> valsList) {
    return OdooValues.ids(executeKw(model, "create", List.of(valsList), KeywordArguments.of()));
  }

  @Override
  public long create(String model, Map<String, Object> vals) {
    return OdooValues.longValue(executeKw(model, "create", List.of(vals), KeywordArguments.of()));
  }

  @Override
  public boolean write(String model, List<Long> ids, Map<String, Object> vals) {
    return OdooValues.booleanValue(
        executeKw(model, "write", List.of(ids, vals), KeywordArguments.of()));
  }

  @Override
  public boolean unlink(String model, List<Long> ids) {
    return OdooValues.booleanValue(executeKw(model, "unlink", List.of(ids), KeywordArguments.of()));
  }

  @Override
  public Object call(String model, String method, List<Long> ids, Map<String, Object> kwargs) {
    List<Object> args = ids == null ? List.of() : List.of(ids);
    return executeKw(model, method, args, KeywordArguments.from(kwargs));
  }

  @Override
  public Map<String, Map<String, Object>> fieldsGet(String model, List<String> attributes) {
    KeywordArguments kw = KeywordArguments.of().with("attributes", attributes);
    return OdooValues.fields(executeKw(model, "fields_get", List.of(), kw));
  }

  private Object executeKw(String model, String method, List<?> args, KeywordArguments kwargs) {
    Session known = session;
    long knownUid =
        known != null && known.generation() == settings.secret().generation()
            ? known.uid()
            : authenticate();
    Object[] params = {
      settings.db(),
      (int) knownUid,
      settings.secret().reveal(),
      model,
      method,
      XmlRpcArguments.outgoing(args),
      XmlRpcArguments.outgoing(kwargs.asMap())
    };
    try {
      return OdooValues.normalise(object.execute("execute_kw", params));
    } catch (XmlRpcFault fault) {
      if (faults.isNoneResult(fault)) {
        return null;
      }
      throw faults.classify(fault);
    } catch (XmlRpcException e) {
      throw new OdooMappingException(
          null, "cannot encode the XML-RPC request: " + settings.secret().redact(e.getMessage()));
    }
  }

  private Object invoke(XmlRpcClient client, String method, Object... params) {
    try {
      return OdooValues.normalise(client.execute(method, params));
    } catch (XmlRpcFault fault) {
      throw faults.classify(fault);
    } catch (XmlRpcException e) {
      throw new OdooMappingException(
          null, "cannot encode the XML-RPC request: " + settings.secret().redact(e.getMessage()));
    }
  }
}
