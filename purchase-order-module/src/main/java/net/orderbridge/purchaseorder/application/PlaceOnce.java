package net.orderbridge.purchaseorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * Places an order at most once per {@code Idempotency-Key} and caller. The key is claimed in the
 * same transaction as the order: a concurrent retry waits on the key's row, finds it taken, and is
 * answered with the first request's order once that commits. Reusing a key for a different request
 * is refused.
 */
@ApplicationScoped
public class PlaceOnce {
  private PurchaseOrderService orders;
  private PurchaseOrderQueries queries;
  private IdempotencyKeys keys;

  protected PlaceOnce() {}

  @Inject
  public PlaceOnce(
      PurchaseOrderService orders, PurchaseOrderQueries queries, IdempotencyKeys keys) {
    this.orders = orders;
    this.queries = queries;
    this.keys = keys;
  }

  /** Thrown (rolling the attempt back) when another request holds the key. */
  public static final class KeyTaken extends RuntimeException {
    KeyTaken() {
      super("Idempotency-Key already used", null, false, false);
    }
  }

  /** The order and whether this call created it. */
  public record Placement(PurchaseOrderDetails order, boolean created) {}

  @Transactional
  public Placement place(String caller, String key, PlacePurchaseOrder command) {
    String hash = hash(command);
    Optional<Placement> earlier = earlier(caller, key, hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!keys.claim(caller, key, hash)) {
      throw new KeyTaken();
    }
    PurchaseOrderDetails placed = orders.place(command);
    keys.bind(caller, key, placed.id());
    return new Placement(placed, true);
  }

  /** The answer for a key whose first request has committed (call after {@link KeyTaken}). */
  @Transactional
  public Placement replay(String caller, String key, PlacePurchaseOrder command) {
    return earlier(caller, key, hash(command))
        .orElseThrow(
            () ->
                new ApplicationProblem(
                    ProblemType.CONFLICT,
                    "Idempotency-Key",
                    "A request with this Idempotency-Key is still being processed; retry later."));
  }

  private Optional<Placement> earlier(String caller, String key, String hash) {
    return keys.find(caller, key)
        .map(
            use -> {
              if (!use.requestHash().equals(hash)) {
                throw new ApplicationProblem(
                    ProblemType.UNPROCESSABLE,
                    "Idempotency-Key",
                    "This Idempotency-Key was used for a different request.");
              }
              PurchaseOrderId id = use.orderId().orElse(null);
              return id == null ? null : new Placement(queries.find(id).orElseThrow(), false);
            });
  }

  private static String hash(PlacePurchaseOrder command) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(command.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
