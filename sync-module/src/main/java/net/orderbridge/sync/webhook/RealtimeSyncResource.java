package net.orderbridge.sync.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.orderbridge.shared.security.Roles;

/**
 * {@code startRealtimeSync} / {@code stopRealtimeSync}: the webhook fast path, on or off for every
 * instance.
 */
@Path("/sync/realtime")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SYNC_OPERATOR)
public class RealtimeSyncResource {

  /**
   * Whether webhooks are configured and accepted, and the receiver's limits as they apply now.
   *
   * @param problem why the receiver is off although a token is configured, or null
   * @param allowedAddresses the CIDR blocks webhooks may come from, or {@code any}
   * @param replayWindow the timestamp check's window, {@code off} without one
   *     <p>A malformed setting reads {@code refused: <why>}: every webhook is refused (503) until
   *     it is mended.
   * @param parkedHints hints whose pull failed {@value WebhookHints#MAX_ATTEMPTS} times
   */
  public record RealtimeView(
      boolean configured,
      boolean enabled,
      String problem,
      String allowedAddresses,
      String maxPending,
      String replayWindow,
      String hintRetention,
      long parkedHints) {}

  private final WebhookHints hints;
  private final WebhookGate gate;
  private final WebhookSettings settings;

  @Inject
  public RealtimeSyncResource(WebhookHints hints, WebhookGate gate, WebhookSettings settings) {
    this.hints = hints;
    this.gate = gate;
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  public RealtimeSyncResource() {
    this(null, null, null);
  }

  @Context SecurityContext caller;

  @GET
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  @Transactional
  public RealtimeView status() {
    return new RealtimeView(
        gate.credentials().isPresent(),
        hints.realtimeEnabled(),
        gate.problem().orElse(null),
        setting(() -> settings.allowedAddresses()),
        setting(() -> settings.maxPending()),
        setting(() -> settings.replayWindow().map(Duration::toString).orElse("off")),
        setting(() -> settings.hintRetention()),
        hints.countParked());
  }

  private static String setting(Supplier<Object> value) {
    try {
      return String.valueOf(value.get());
    } catch (IllegalArgumentException refused) {
      return "refused: " + refused.getMessage();
    }
  }

  /** Hints parked after failed pulls, newest first, with their reasons. */
  @GET
  @Path("hints")
  @RolesAllowed({Roles.SYNC_OPERATOR, Roles.AUDITOR})
  public List<WebhookHints.ParkedHint> parkedHints(@QueryParam("limit") Integer limit) {
    return hints.parked(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
  }

  @POST
  @Path("start")
  @Transactional
  public RealtimeView start() {
    hints.switchRealtime(true, caller.getUserPrincipal().getName());
    return status();
  }

  @POST
  @Path("stop")
  @Transactional
  public RealtimeView stop() {
    hints.switchRealtime(false, caller.getUserPrincipal().getName());
    return status();
  }
}
