package net.orderbridge.simulator.xmlrpc;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.orderbridge.simulator.Core;
import net.orderbridge.simulator.Endpoint;
import net.orderbridge.simulator.fault.Faults;
import net.orderbridge.simulator.model.Dispatcher;
import net.orderbridge.simulator.model.OdooError;

/**
 * {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object} (and the legacy {@code /xmlrpc/...}, whose
 * faults carry text codes). Faults are answered with HTTP 200, as Odoo does.
 */
public final class XmlRpcEndpoint implements Endpoint {
  private static final String CONTENT_TYPE = "text/xml; charset=utf-8";
  private final Core core;

  public XmlRpcEndpoint(Core core) {
    this.core = core;
  }

  /** The service a path names: {@code common}, {@code db} or {@code object}. */
  private static String service(Request request) {
    return request.path().substring(request.path().lastIndexOf('/') + 1);
  }

  /**
   * The model of an {@code object} call ({@code execute_kw} or {@code execute}: db, uid, password,
   * model, method, ...), or null.
   */
  private static String model(String service, List<Object> p) {
    return service.equals("object") && p.size() > 3 ? String.valueOf(p.get(3)) : null;
  }

  @Override
  public Faults.Target target(Request request) {
    String service = service(request);
    try {
      XmlRpcParser.Call call = XmlRpcParser.parseCall(new ByteArrayInputStream(request.body()));
      List<Object> p = call.params();
      String model = model(service, p);
      if (model != null) {
        return new Faults.Target(model, p.size() > 4 ? String.valueOf(p.get(4)) : null);
      }
      return new Faults.Target(null, call.method());
    } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
      return Faults.Target.UNKNOWN;
    }
  }

  @Override
  public Reply handle(Request request) {
    boolean legacy = !request.path().startsWith("/xmlrpc/2/");
    String service = service(request);
    if (!request.method().equals("POST")) {
      return Reply.of(
          405,
          "text/html; charset=utf-8",
          "<!doctype html>\n<title>405 Method Not Allowed</title>\n");
    }
    String model = null;
    try {
      XmlRpcParser.Call call = XmlRpcParser.parseCall(new ByteArrayInputStream(request.body()));
      List<Object> p = call.params();
      Object result;
      if (service.equals("common")) {
        result = common(call.method(), p);
      } else if (service.equals("db")) {
        result = db(call.method());
      } else if (service.equals("object")) {
        model = model(service, p);
        result = object(call.method(), p);
      } else {
        return Reply.of(
            404, "text/html; charset=utf-8", "<!doctype html>\n<title>404 Not Found</title>\n");
      }
      if (result == Dispatcher.NONE || result == null) {
        throw OdooError.internal(
            "builtins.TypeError", "cannot marshal None unless allow_none is enabled", "none");
      }
      return ok(XmlRpcWriter.response(result));
    } catch (OdooError e) {
      return ok(legacy ? legacyFault(e, model) : fault(e, model));
    } catch (javax.xml.stream.XMLStreamException e) {
      OdooError err =
          OdooError.internal("xml.parsers.expat.ExpatError", String.valueOf(e.getMessage()), null);
      return ok(fault(err, model));
    } catch (RuntimeException e) {
      // wrong argument shapes: Python would raise a TypeError somewhere in the call
      return ok(fault(OdooError.internal("builtins.TypeError", String.valueOf(e), null), model));
    }
  }

  private static Reply ok(String xml) {
    return Reply.of(200, CONTENT_TYPE, xml);
  }

  static String fault(OdooError e, String model) {
    if (e.kind() == OdooError.Kind.INTERNAL) {
      return XmlRpcWriter.fault(1, Tracebacks.render(e, model));
    }
    return XmlRpcWriter.fault(e.kind().faultCode, e.getMessage());
  }

  /** Odoo's {@code xmlrpc_handle_exception_string}: text fault codes on the old endpoint. */
  static String legacyFault(OdooError e, String model) {
    switch (e.kind()) {
      case DENIED:
        return XmlRpcWriter.fault("AccessDenied", e.getMessage());
      case INTERNAL:
        return XmlRpcWriter.fault(e.getMessage(), Tracebacks.render(e, model));
      default:
        String name = e.pythonName().substring(e.pythonName().lastIndexOf('.') + 1);
        return XmlRpcWriter.fault("warning -- " + name + "\n\n" + e.getMessage(), "");
    }
  }

  private Object common(String method, List<Object> p) {
    switch (method) {
      case "version":
        String v = core.schema().version();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server_version", v);
        out.put("server_version_info", List.of(core.schema().major(), 0, 0, "final", 0, ""));
        out.put("server_serie", v);
        out.put("protocol_version", 1);
        return out;
      case "login":
      case "authenticate":
        core.checkDb(String.valueOf(p.get(0)));
        int uid = core.authenticate(String.valueOf(p.get(1)), String.valueOf(p.get(2)));
        return uid == 0 ? (Object) Boolean.FALSE : (Object) uid;
      default:
        throw OdooError.internal(
            "builtins.AttributeError",
            "module 'odoo.service.common' has no attribute 'exp_" + method + "'",
            null);
    }
  }

  /** The parts of the {@code db} service a client uses to look around. */
  private Object db(String method) {
    switch (method) {
      case "list":
        return List.of(core.config().db());
      case "server_version":
        return core.schema().version();
      default:
        throw OdooError.denied();
    }
  }

  @SuppressWarnings("unchecked")
  private Object object(String method, List<Object> p) {
    if (!method.equals("execute_kw") && !method.equals("execute")) {
      throw OdooError.internal("builtins.NameError", "Method not available " + method, null);
    }
    String db = String.valueOf(p.get(0));
    int uid = ((Number) p.get(1)).intValue();
    core.checkUser(db, uid, String.valueOf(p.get(2)));
    String model = String.valueOf(p.get(3));
    String name = String.valueOf(p.get(4));
    List<Object> args;
    Map<String, Object> kwargs = Map.of();
    if (method.equals("execute_kw")) {
      args = p.size() > 5 ? (List<Object>) p.get(5) : List.of();
      kwargs = p.size() > 6 && p.get(6) instanceof Map ? (Map<String, Object>) p.get(6) : Map.of();
    } else {
      args = p.subList(5, p.size());
    }
    core.calls().call(model, name);
    core.dispatcher().resolve(model, name);
    core.refuseIfAimed(model, name);
    Map<String, Object> ctx =
        kwargs.get("context") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
    return core.dispatcher()
        .execute(uid, model, name, Dispatcher.named(model, name, args, kwargs), ctx);
  }
}
