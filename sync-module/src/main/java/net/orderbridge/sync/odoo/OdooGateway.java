package net.orderbridge.sync.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one way into Odoo for the rest of the product: the transport behind a circuit breaker, a
 * bulkhead and a timeout (tuned in {@code microprofile-config.properties}). Business refusals
 * ({@link OdooRejectedException}: validation, missing records) are answers, not outages, so they
 * never count towards opening the circuit, nor do mapping failures ({@link OdooMappingException}: a
 * value XML-RPC cannot carry, such as a webhook's id beyond 32 bits, or an answer we cannot read),
 * which say nothing about Odoo's health; an authentication failure does, because every later call
 * would fail the same way. Retries are not done here: whether a call may be repeated depends on
 * what it does, so the callers decide (the push reconciles first). The one exception is a call Odoo
 * refused the key of while {@code ODOO_API_KEY_FILE} holds a newer one (see {@code logged}).
 */
@ApplicationScoped
@Timeout(value = 150, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
    requestVolumeThreshold = 8,
    failureRatio = 0.5,
    delay = 20,
    delayUnit = ChronoUnit.SECONDS,
    successThreshold = 2,
    skipOn = {OdooRejectedException.class, OdooMappingException.class})
@Bulkhead(16)
public class OdooGateway implements OdooClient {
  private OdooClient transport;
  private OdooCallLog calls;
  private OdooSettings settings;

  protected OdooGateway() {}

  @Inject
  public OdooGateway(
      @OdooTransport OdooClient transport, OdooCallLog calls, OdooSettings settings) {
    this.transport = transport;
    this.calls = calls;
    this.settings = settings;
  }

  /**
   * Runs one call of the transport and tells the call log how it went. When Odoo refuses the key
   * and {@code ODOO_API_KEY_FILE} holds a newer one (read again now: a rotation the file's
   * attributes did not show, or one another call loaded meanwhile), the call is tried once more
   * with it before the refusal is logged, so a rotated key raises no {@code
   * odoo-authentication-refused}. A refused call changed nothing in Odoo (401, or fault 3 before
   * the method ran), so trying it again is safe.
   */
  private <T> T logged(Supplier<T> call) {
    OdooSecret secret = settings.current().secret();
    long generation = secret.generation();
    try {
      return answered(call.get());
    } catch (OdooAuthenticationException refused) {
      if (!secret.reloadAfterRefusal(generation)) {
        calls.failed(refused, Instant.now());
        throw refused;
      }
    } catch (RuntimeException failed) {
      calls.failed(failed, Instant.now());
      throw failed;
    }
    try {
      return answered(call.get());
    } catch (RuntimeException failed) {
      calls.failed(failed, Instant.now());
      throw failed;
    }
  }

  private <T> T answered(T answer) {
    calls.answered(Instant.now());
    return answer;
  }

  @Override
  public OdooServerVersion version() {
    try {
      OdooServerVersion version = transport.version();
      calls.reached(); // asked without credentials: says nothing of them
      return version;
    } catch (RuntimeException failed) {
      calls.failed(failed, Instant.now());
      throw failed;
    }
  }

  @Override
  public long authenticate() {
    return logged(() -> transport.authenticate());
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
    return logged(() -> transport.searchRead(model, domain, fields, offset, limit, order, context));
  }

  @Override
  public List<Map<String, Object>> read(
      String model, List<Long> ids, List<String> fields, Map<String, Object> context) {
    return logged(() -> transport.read(model, ids, fields, context));
  }

  @Override
  public List<Long> search(
      String model,
      List<?> domain,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context) {
    return logged(() -> transport.search(model, domain, offset, limit, order, context));
  }

  @Override
  public long searchCount(String model, List<?> domain, Map<String, Object> context) {
    return logged(() -> transport.searchCount(model, domain, context));
  }

  @Override
  public List<Long> create(String model, List<Map<String, Object>> valsList) {
    return logged(() -> transport.create(model, valsList));
  }

  @Override
  public long create(String model, Map<String, Object> vals) {
    return logged(() -> transport.create(model, vals));
  }

  @Override
  public boolean write(String model, List<Long> ids, Map<String, Object> vals) {
    return logged(() -> transport.write(model, ids, vals));
  }

  @Override
  public boolean unlink(String model, List<Long> ids) {
    return logged(() -> transport.unlink(model, ids));
  }

  @Override
  public Object call(String model, String method, List<Long> ids, Map<String, Object> kwargs) {
    return logged(() -> transport.call(model, method, ids, kwargs));
  }

  @Override
  public Map<String, Map<String, Object>> fieldsGet(String model, List<String> attributes) {
    return logged(() -> transport.fieldsGet(model, attributes));
  }
}
