package net.orderbridge.purchaseorder.domain.purchaseorder;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.orderbridge.purchaseorder.domain.audit.FieldChange;
import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.PurchaseOrderId;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/**
 * A purchase order to one supplier, kept in step with an Odoo 19 {@code purchase.order}. The root
 * of its aggregate: lines change only through it.
 *
 * <p>Invariants: every line has a quantity above zero and a unit price of zero or more, in the
 * order's one currency; the untaxed total is the sum of the rounded line subtotals; a cancelled or
 * locked order takes no edits; a confirmed order keeps its supplier, currency, lines and their
 * products; an order is confirmed only with at least one line; only draft or cancelled orders are
 * deleted. Invalid values throw {@link ApplicationProblem} {@code UNPROCESSABLE} naming the field,
 * illegal transitions {@code CONFLICT}.
 *
 * <p>The lifecycle (Odoo 19's states and {@code locked} flag) is an {@link OrderStatus}; {@link
 * #applyRemoteState} bypasses these rules, because Odoo is the truth for what happened there.
 *
 * <p>Every change is remembered field by field ({@link #takeChanges}) for the audit trail: the
 * order's content before its first change since the last take is compared with its content now.
 */
@Entity
@Table(name = "purchase_order", schema = "purchase_order")
public class PurchaseOrder {

  /**
   * Every amount of an order (line subtotals, the untaxed total) stays below this: the columns are
   * {@code numeric(19,6)}, 13 digits before the point.
   */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);

  @Id private UUID id;

  @Version private long version;

  @Column(name = "number", nullable = false, unique = true, length = 32)
  private String number;

  @Column(name = "supplier_id", nullable = false)
  private UUID supplierId;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "notes", length = 4000)
  private String notes;

  @Embedded private OrderStatus status;

  @Column(name = "amount_untaxed", nullable = false, precision = 19, scale = 6)
  private BigDecimal amountUntaxed;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "order_id", nullable = false)
  @OrderColumn(name = "position")
  private List<OrderLine> lines = new ArrayList<>();

  /** The content before the changes not yet taken by {@link #takeChanges}; null when none. */
  @Transient private OrderContent untaken;

  protected PurchaseOrder() {
    // for JPA
  }

  private PurchaseOrder(PurchaseOrderId id, PurchaseOrderNumber number, Instant placedAt) {
    this.id = Objects.requireNonNull(id, "id").value();
    this.number = Objects.requireNonNull(number, "number").value();
    this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
    this.status = OrderStatus.draft();
    this.untaken = OrderContent.NONE;
  }

  /** Places a new order as a draft; it may have no lines yet, but cannot be confirmed so. */
  public static PurchaseOrder place(
      PurchaseOrderId id,
      PurchaseOrderNumber number,
      OrderTerms terms,
      List<OrderLineSpec> lines,
      Instant placedAt) {
    PurchaseOrder order = new PurchaseOrder(id, number, placedAt);
    order.replaceTermsAndLines(terms, lines);
    return order;
  }

  /**
   * Replaces the header and the lines. Lines named by id are restated, the others added, lines not
   * named dropped. Refused on cancelled or locked orders; on confirmed orders the supplier, the
   * currency, the set of lines and their products cannot change.
   */
  public void revise(OrderTerms terms, List<OrderLineSpec> newLines) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(newLines, "lines");
    status.requireEditable();
    if (!state().isBeforeConfirmation()
        && !(terms.supplierId().equals(supplierId()) && terms.currency().equals(currency()))) {
      throw ApplicationProblem.conflict(
          "the supplier and currency of a confirmed order cannot change");
    }
    changing(() -> replaceTermsAndLines(terms, newLines));
  }

  /** Confirms a draft or sent order (Odoo's {@code button_confirm} without double validation). */
  public void confirm() {
    OrderStatus next = status.confirmed();
    requireLines();
    changeStatus(next);
  }

  /** Approves an order waiting for approval (Odoo's {@code button_approve}). */
  public void approve() {
    OrderStatus next = status.approved();
    requireLines();
    changeStatus(next);
  }

  /** Records that the request for quotation went to the supplier. */
  public void markSent() {
    changeStatus(status.sent());
  }

  /** Cancels the order; a locked order must be unlocked first, as in Odoo. */
  public void cancel() {
    changeStatus(status.cancelled());
  }

  /** Turns a cancelled order back into a draft (Odoo's {@code button_draft}). */
  public void resetToDraft() {
    changeStatus(status.resetToDraft());
  }

  /** Locks a confirmed order against edits (Odoo 19's {@code button_lock}). */
  public void lock() {
    changeStatus(status.lockedStatus());
  }

  public void unlock() {
    changeStatus(status.unlockedStatus());
  }

  public void changeQuantity(OrderLineId lineId, Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    status.requireEditable();
    if (!quantity.isPositive()) {
      throw ApplicationProblem.invalid("quantity", "the quantity must be above zero");
    }
    OrderLine line = requireLine(lineId);
    changing(
        () -> {
          line.changeQuantity(quantity);
          recomputeTotal();
        });
  }

  public void changePrice(OrderLineId lineId, Money unitPrice) {
    Objects.requireNonNull(unitPrice, "unitPrice");
    status.requireEditable();
    if (unitPrice.isNegative() || !unitPrice.isIn(currency())) {
      throw ApplicationProblem.invalid(
          "unitPrice", "the unit price must be zero or more, in " + currency);
    }
    OrderLine line = requireLine(lineId);
    changing(
        () -> {
          line.changeUnitPrice(unitPrice);
          recomputeTotal();
        });
  }

  public void changePlannedDate(OrderLineId lineId, LocalDate plannedDate) {
    Objects.requireNonNull(plannedDate, "plannedDate");
    status.requireEditable();
    OrderLine line = requireLine(lineId);
    changing(() -> line.changePlannedDate(plannedDate));
  }

  /**
   * Takes over the state and lock that Odoo reports for this order, without the local transition
   * rules: a change in Odoo has already happened. Returns whether anything changed, so a pull that
   * brings nothing new publishes nothing.
   */
  public boolean applyRemoteState(PurchaseOrderState remoteState, boolean remoteLocked) {
    Objects.requireNonNull(remoteState, "remoteState");
    OrderStatus reported = OrderStatus.reported(remoteState, remoteLocked);
    boolean changed = !reported.equals(status);
    changeStatus(reported);
    return changed;
  }

  /**
   * Takes over the notes and lines that Odoo reports. Odoo has accepted them already, so the local
   * edit rules (no dropped lines on a confirmed order, no edits of a cancelled one) do not apply;
   * the values themselves are still checked.
   */
  public void applyRemoteNotesAndLines(String remoteNotes, List<OrderLineSpec> remoteLines) {
    Objects.requireNonNull(remoteLines, "remoteLines");
    changing(
        () -> {
          List<OrderLine> revised =
              new LineRevision(lines, PurchaseOrderState.DRAFT).apply(remoteLines, currency());
          this.notes = remoteNotes;
          lines.clear();
          lines.addAll(revised);
          recomputeTotal();
        });
  }

  /**
   * The fields changed since the last call (or since the order was placed or loaded), each with its
   * value before the first of those changes and its value now; a field changed and changed back is
   * not listed. The audit trail takes them when it records the change.
   */
  public List<FieldChange> takeChanges() {
    if (untaken == null) {
      return List.of();
    }
    List<FieldChange> changes = untaken.changesTo(OrderContent.of(this));
    untaken = null;
    return changes;
  }

  private void changeStatus(OrderStatus next) {
    changing(() -> status = next);
  }

  private void changing(Runnable change) {
    if (untaken == null) {
      untaken = OrderContent.of(this);
    }
    change.run();
  }

  /**
   * Refuses unless the order is a draft or cancelled. Odoo itself deletes only cancelled orders
   * ("In order to delete a purchase order, you must cancel it first."), so the sync-module cancels
   * a pushed draft in Odoo before it unlinks it.
   */
  public void assertDeletable() {
    status.requireDeletable();
  }

  /** Checks everything before it changes anything, so a refused revision leaves no trace. */
  private void replaceTermsAndLines(OrderTerms terms, List<OrderLineSpec> specs) {
    List<OrderLine> revised = new LineRevision(lines, state()).apply(specs, terms.currency());
    requireStorableTotal(revised);
    this.supplierId = terms.supplierId().value();
    this.currency = terms.currency().value();
    this.notes = terms.notes();
    lines.clear();
    lines.addAll(revised);
    recomputeTotal();
  }

  private static void requireStorableTotal(List<OrderLine> revised) {
    BigDecimal total =
        revised.stream().map(l -> l.subtotal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(MAX_AMOUNT) >= 0) {
      throw new ApplicationProblem(
          ProblemType.INVALID_INPUT,
          "lines",
          "the order's untaxed total must stay below " + MAX_AMOUNT.toPlainString());
    }
  }

  private void recomputeTotal() {
    amountUntaxed =
        lines.stream().map(OrderLine::subtotal).reduce(Money.zero(currency()), Money::add).amount();
  }

  private void requireLines() {
    if (lines.isEmpty()) {
      throw ApplicationProblem.invalid("lines", "an order without lines cannot be confirmed");
    }
  }

  private OrderLine requireLine(OrderLineId lineId) {
    Objects.requireNonNull(lineId, "lineId");
    return line(lineId)
        .orElseThrow(
            () -> ApplicationProblem.notFound("order " + number + " has no line " + lineId));
  }

  public PurchaseOrderId id() {
    return new PurchaseOrderId(id);
  }

  public long version() {
    return version;
  }

  public PurchaseOrderNumber number() {
    return new PurchaseOrderNumber(number);
  }

  public SupplierId supplierId() {
    return new SupplierId(supplierId);
  }

  public CurrencyCode currency() {
    return CurrencyCode.of(currency);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public PurchaseOrderState state() {
    return status.state();
  }

  public boolean isLocked() {
    return status.isLocked();
  }

  public OrderStatus status() {
    return status;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public Optional<OrderLine> line(OrderLineId lineId) {
    return lines.stream().filter(line -> line.id().equals(lineId)).findFirst();
  }

  /** The sum of the line subtotals; taxes are Odoo's to compute. */
  public Money untaxedTotal() {
    return new Money(amountUntaxed, currency());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PurchaseOrder order && id != null && id.equals(order.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "PurchaseOrder[" + number + ", " + status + "]";
  }
}
