package net.orderbridge.purchaseorder.domain.purchaseorder;

import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.SUPPLIER;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.confirmed;
import static net.orderbridge.purchaseorder.domain.purchaseorder.OrderFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrderCriteria.Sort;
import net.orderbridge.shared.domain.SupplierId;
import org.junit.jupiter.api.Test;

class PurchaseOrderCriteriaTest {

  @Test
  void noCriteriaMatchEveryOrderNewestFirst() {
    PurchaseOrderCriteria any = PurchaseOrderCriteria.any();

    assertThat(any.matches(draft())).isTrue();
    assertThat(any.matches(confirmed())).isTrue();
    assertThat(any.sort()).isEqualTo(Sort.NUMBER_DESC);
    assertThat(any.stateFilter()).isEmpty();
    assertThat(any.supplierFilter()).isEmpty();
    assertThat(any.syncStatusFilter()).isEmpty();
    assertThat(any.textFilter()).isEmpty();
  }

  @Test
  void stateAndSupplierMustBothMatch() {
    PurchaseOrderCriteria drafts = new PurchaseOrderCriteria(PurchaseOrderState.DRAFT, SUPPLIER);

    assertThat(drafts.matches(draft())).isTrue();
    assertThat(drafts.matches(confirmed())).isFalse();
    assertThat(new PurchaseOrderCriteria(null, SupplierId.random()).matches(draft())).isFalse();
    assertThat(drafts.stateFilter()).contains(PurchaseOrderState.DRAFT);
    assertThat(drafts.supplierFilter()).contains(SUPPLIER);
  }

  @Test
  void textIsFoundInTheNumberOrTheNotesWhateverTheCase() {
    assertThat(byText(" af-po-000123 ").matches(draft())).isTrue();
    assertThat(byText("BACK DOOR").matches(draft())).isTrue();
    assertThat(byText("front door").matches(draft())).isFalse();
    assertThat(byText("  ").textFilter()).isEmpty();
    assertThat(byText(" door ").textFilter()).contains("door");
  }

  @Test
  void theSyncStatusIsLeftToTheQueryThatKnowsIt() {
    PurchaseOrderCriteria failed =
        new PurchaseOrderCriteria(null, null, "FAILED", null, Sort.TOTAL_ASC);

    assertThat(failed.syncStatusFilter()).contains("FAILED");
    assertThat(failed.matches(draft())).isTrue();
    assertThat(failed.sort()).isEqualTo(Sort.TOTAL_ASC);
  }

  private static PurchaseOrderCriteria byText(String text) {
    return new PurchaseOrderCriteria(null, null, null, text, null);
  }
}
