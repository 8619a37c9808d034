package net.orderbridge.sync.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.binding.OrderBindings;

/**
 * A local deletion that met an Odoo edit it had not seen: the push found the deleted order's Odoo
 * {@code write_date} moved since the binding, so it neither cancelled nor unlinked it. There is no
 * order left to merge Odoo's edit into, so both sides changed the order and it is a conflict on its
 * existence ({@link FieldGroup#EXISTENCE}, path {@value FieldGroup#EXISTS}: base {@code exists},
 * local {@code deleted}, remote Odoo's {@code write_date} of the edit). Its policy ({@code
 * sync.conflicts}, {@code existence=manual} by default) or a person settles it: {@code LOCAL}
 * deletes Odoo's order after all (the binding takes the edit's {@code write_date} as seen, so the
 * next push removes the order unless Odoo changed it again), {@code REMOTE} keeps Odoo's order and
 * forgets the binding (the deletion is done here; Odoo's order stays as it is).
 */
@ApplicationScoped
public class DeletionMeetsOdooEdit {
  private final SyncConflicts conflicts;
  private final OrderBindings bindings;
  private final Provider<ConflictPolicies> policies;
  private final Clock clock;

  @Inject
  public DeletionMeetsOdooEdit(
      SyncConflicts conflicts,
      OrderBindings bindings,
      Provider<ConflictPolicies> policies,
      Clock clock) {
    this.conflicts = conflicts;
    this.bindings = bindings;
    this.policies = policies;
    this.clock = clock;
  }

  /** For CDI's client proxy. */
  protected DeletionMeetsOdooEdit() {
    this(null, null, null, null);
  }

  /** What the push does next with the deleted order. */
  public enum Next {
    /** Wait for a person: the push is parked. */
    PARKED,
    /** Remove Odoo's order now. */
    DELETE_IN_ODOO,
    /** Leave Odoo's order; the deletion is settled. */
    KEEP_IN_ODOO
  }

  /** Records the conflict and applies its policy, in one transaction. */
  @Transactional
  public Next settle(UUID orderId, Instant odooWriteDate) {
    ConflictPolicy policy = policies.get().of(FieldGroup.EXISTENCE);
    FieldConflict found =
        new FieldConflict(
            FieldGroup.EXISTS,
            "exists",
            "deleted",
            odooWriteDate.toString(),
            FieldGroup.EXISTENCE,
            policy);
    SyncConflict detected = SyncConflict.detected(orderId, found, clock.instant());
    conflicts.record(detected);
    ConflictLog.detected(detected);
    return switch (policy) {
      case MANUAL -> Next.PARKED;
      case LOCAL_WINS -> deleteInOdoo(orderId, odooWriteDate);
      case REMOTE_WINS -> keepInOdoo(orderId);
    };
  }

  /** A person's choice on an open existence conflict; the caller stores the resolved conflict. */
  void resolve(SyncConflict conflict, SyncConflict.Choice choice) {
    switch (choice) {
      case LOCAL -> deleteInOdoo(conflict.orderId(), Instant.parse(conflict.remote()));
      case REMOTE -> keepInOdoo(conflict.orderId());
      case MERGED ->
          throw ApplicationProblem.invalid(
              "choice",
              "a deletion that met an Odoo edit is settled LOCAL (delete Odoo's order too) or"
                  + " REMOTE (keep Odoo's order)");
    }
  }

  private Next deleteInOdoo(UUID orderId, Instant seen) {
    bindings.find(orderId).ifPresent(b -> bindings.store(b.seenAt(seen)));
    return Next.DELETE_IN_ODOO;
  }

  private Next keepInOdoo(UUID orderId) {
    bindings.remove(orderId);
    return Next.KEEP_IN_ODOO;
  }
}
