package net.orderbridge.sync.odoo.xmlrpc;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.orderbridge.sync.odoo.OdooAccessDeniedException;
import net.orderbridge.sync.odoo.OdooAuthenticationException;
import net.orderbridge.sync.odoo.OdooException;
import net.orderbridge.sync.odoo.OdooMappingException;
import net.orderbridge.sync.odoo.OdooRecordMissingException;
import net.orderbridge.sync.odoo.OdooRejectedException;
import net.orderbridge.sync.odoo.OdooSecret;
import net.orderbridge.sync.odoo.OdooServerErrorException;
import net.orderbridge.sync.odoo.PythonErrors;

/**
 * Turns Odoo's XML-RPC faults into classified exceptions. Odoo's {@code /xmlrpc/2} codes (all with
 * HTTP 200): 3 = bad password or API key ("Access Denied"); 4 = access rights or a private method;
 * 2 = a user, validation or missing-record error with a plain message; 1 = anything else, with the
 * full traceback whose last line names the Python exception. The legacy {@code /xmlrpc} endpoint
 * puts a text in {@code faultCode} instead ({@code AccessDenied}, {@code warning -- MissingError
 * ...}).
 */
final class XmlRpcFaultClassifier {
  private static final String NONE_RESULT = "cannot marshal None unless allow_none is enabled";
  private static final Pattern NO_MODEL = Pattern.compile("^Object (\\S+) doesn't exist");
  private static final Pattern PYTHON_LINE =
      Pattern.compile("^([A-Za-z_][\\w.]*)(?::\\s?(.*))?$", Pattern.DOTALL);

  private final OdooSecret secret;

  XmlRpcFaultClassifier(OdooSecret secret) {
    this.secret = secret;
  }

  /**
   * Whether the fault only says that the method returned None. Odoo marshals the result after the
   * method ran and the transaction committed ({@code button_cancel} returns None), so this fault
   * reports a success.
   */
  boolean isNoneResult(XmlRpcFault fault) {
    return Integer.valueOf(1).equals(fault.faultCode())
        && lastLine(fault.faultString()).endsWith(NONE_RESULT);
  }

  OdooException classify(XmlRpcFault fault) {
    String text = secret.redact(fault.faultString());
    if (fault.faultCode() instanceof Integer code) {
      String name = "fault " + code;
      return switch (code) {
        case 1 -> traceback(text);
        case 2 -> userError(name, text);
        case 3 -> new OdooAuthenticationException(name, "Odoo refused the credentials: " + text);
        case 4 -> new OdooAccessDeniedException(name, text);
        default -> new OdooServerErrorException(name, text);
      };
    }
    return legacy(secret.redact(String.valueOf(fault.faultCode())), text);
  }

  private static OdooException userError(String name, String text) {
    Matcher missing = PythonErrors.missingRecord(text);
    if (missing != null) {
      String model = missing.group(1);
      boolean ownUser =
          "res.users".equals(model)
              && Arrays.asList(missing.group(2).split(",\\s*")).contains(missing.group(3));
      return ownUser
          // Odoo looks the uid up before anything else: a wrong uid is "missing res.users(uid)"
          ? new OdooAuthenticationException(name, "Odoo does not know our uid: " + text)
          : new OdooRecordMissingException(name, text, model);
    }
    if (NO_MODEL.matcher(text).find()) {
      return new OdooMappingException(name, text);
    }
    return new OdooRejectedException(name, text);
  }

  private static OdooException traceback(String text) {
    Matcher m = PYTHON_LINE.matcher(lastLine(text));
    if (m.matches()) {
      return PythonErrors.classify(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
    return new OdooServerErrorException("fault 1", lastLine(text));
  }

  private static OdooException legacy(String code, String text) {
    String all = code + (text.isEmpty() ? "" : "\n" + text);
    if ("AccessDenied".equals(code)) {
      return new OdooAuthenticationException(code, all);
    }
    if (code.startsWith("warning -- ")) {
      String kind = code.substring("warning -- ".length()).lines().findFirst().orElse("");
      return switch (kind.trim()) {
        case "MissingError" -> new OdooRecordMissingException(kind, all, missingModel(all));
        case "AccessError" -> new OdooAccessDeniedException(kind, all);
        default -> new OdooRejectedException(kind, all);
      };
    }
    return new OdooServerErrorException(code.lines().findFirst().orElse(code), all);
  }

  private static String missingModel(String text) {
    Matcher m = PythonErrors.missingRecord(text);
    return m == null ? null : m.group(1);
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
