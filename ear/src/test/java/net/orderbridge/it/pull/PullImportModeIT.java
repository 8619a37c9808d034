package net.orderbridge.it.pull;

import static net.orderbridge.it.SyncFixture.odooIdOf;
import static net.orderbridge.it.pull.PullFixture.bound;
import static net.orderbridge.it.pull.PullFixture.count;
import static net.orderbridge.it.pull.PullFixture.odoo;
import static net.orderbridge.it.pull.PullFixture.odooOrder;
import static net.orderbridge.it.pull.PullFixture.poll;
import static net.orderbridge.it.pull.PullFixture.skippedImports;
import static net.orderbridge.it.pull.PullFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import net.orderbridge.it.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sync.pull.import} restricts which orders made in Odoo are imported. The mode is changed on
 * the running server through a Liberty variable, as an operator can; each left-out version of an
 * order is judged and counted once, however often the poll reads it again.
 */
class PullImportModeIT {

  @AfterEach
  void backToAll() {
    PullFixture.importMode(null);
  }

  @Test
  void knownSuppliersImportsOnlyOrdersOfSuppliersTheMirrorHolds() {
    PullFixture.supplier();
    int stranger = PullFixture.odooVendor(unique("Stranger Supplies"));
    PullFixture.importMode("known-suppliers");
    int known = odooOrder(11, unique("from Ready Mat"));
    int unknown = odooOrder(stranger, unique("from a stranger"));
    int changedLater = odooOrder(stranger, unique("from a stranger, changed later"));
    double before = skippedImports("unknown-supplier");

    poll();
    assertThat(bound(known)).as("Ready Mat is mirrored").isTrue();
    assertThat(bound(unknown)).isFalse();
    assertThat(bound(changedLater)).isFalse();
    double judged = skippedImports("unknown-supplier");
    assertThat(judged).isGreaterThanOrEqualTo(before + 2);
    assertThat(skipReason(unknown)).isEqualTo("UNKNOWN_SUPPLIER");
    assertThat(supplierMirrored(stranger)).as("no lookup in Odoo mirrored it").isFalse();

    poll();
    assertThat(skippedImports("unknown-supplier"))
        .as("read again within the overlap window, not judged again")
        .isEqualTo(judged);

    assertThat(PullFixture.operator("POST", "/api/suppliers/refresh", "{}").status())
        .isEqualTo(200);
    assertThat(supplierMirrored(stranger)).as("a vendor in Odoo: the refresh mirrors it").isTrue();
    poll();
    assertThat(bound(unknown)).as("unchanged in Odoo since it was left out").isFalse();

    // a field the pull reads: a write in the second of the create shares its write_date, and only
    // what was read tells the two versions apart
    odoo().store().write("purchase.order", changedLater, Map.of("note", unique("changed later")));
    poll();
    assertThat(bound(changedLater)).as("its next change lets it in").isTrue();

    JsonNode pulled = PullFixture.operator("POST", "/api/sync/pull/" + unknown, "").json();
    assertThat(pulled.get("outcome").asText())
        .as("an operator's pull judges it afresh")
        .isEqualTo("IMPORTED");
    assertThat(bound(unknown)).isTrue();
    assertThat(skipReason(unknown)).isNull();
  }

  @Test
  void noneImportsNothingWhileOurOwnOrdersStillSync() {
    String ours = PullFixture.place(unique("ours, import none")).get("id").asText();
    PullFixture.awaitOrderSettled(ours);
    int oursInOdoo = odooIdOf(ours);
    PullFixture.importMode("none");
    int made = odooOrder(11, unique("made in Odoo, import none"));
    odoo().store().write("purchase.order", oursInOdoo, Map.of("note", "changed in Odoo"));
    double before = skippedImports("mode-none");

    poll();
    double judged = skippedImports("mode-none");
    poll();

    assertThat(bound(made)).isFalse();
    assertThat(skipReason(made)).isEqualTo("MODE_NONE");
    assertThat(judged).isGreaterThanOrEqualTo(before + 1);
    assertThat(skippedImports("mode-none")).as("judged once").isEqualTo(judged);
    assertThat(PullFixture.order(ours).get("notes").asText()).isEqualTo("changed in Odoo");

    PullFixture.importMode(null);
    poll();
    assertThat(bound(made))
        .as("judged afresh under the new mode while the poll still reads it")
        .isTrue();
  }

  private static String skipReason(int odooId) {
    return Database.text(
        "select skip_reason from sync.pulled_version where odoo_id = ?", (long) odooId);
  }

  private static boolean supplierMirrored(int partner) {
    return count("select count(*) from supplier.supplier where odoo_id = ?", (long) partner) == 1;
  }
}
