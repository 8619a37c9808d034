package net.orderbridge.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
  private static final SyncedFields BASE =
      fields(
          "state", "draft",
          "locked", "false",
          "notes", "call before delivery",
          "lines/a/quantity", "2",
          "lines/a/unitPrice", "52.00",
          "lines/a/plannedDate", "2026-12-01",
          "lines/a/product", "5");

  private static SyncedFields fields(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return new SyncedFields(values);
  }

  private static SyncedFields change(SyncedFields from, String path, String value) {
    Map<String, String> change = new HashMap<>();
    change.put(path, value);
    return from.with(change);
  }

  private static MergePlan plan(SyncedFields local, SyncedFields remote) {
    return ThreeWayMerge.plan(BASE, local, remote, ConflictPolicies.standard());
  }

  @Test
  void nothingChangedIsInStep() {
    assertThat(plan(BASE, BASE).inStep()).isTrue();
  }

  @Test
  void aChangeMadeOnlyInOdooIsAppliedLocally() {
    MergePlan plan = plan(BASE, change(BASE, "lines/a/quantity", "3"));

    assertThat(plan.applyLocally()).containsExactly(Map.entry("lines/a/quantity", "3"));
    assertThat(plan.pushToOdoo()).isEmpty();
    assertThat(plan.parked()).isFalse();
  }

  @Test
  void aChangeMadeOnlyHereIsPushed() {
    MergePlan plan = plan(change(BASE, "notes", "leave at the back door"), BASE);

    assertThat(plan.pushToOdoo()).containsExactly(Map.entry("notes", "leave at the back door"));
    assertThat(plan.applyLocally()).isEmpty();
  }

  @Test
  void fieldDisjointEditsOnBothSidesMerge() {
    MergePlan plan =
        plan(change(BASE, "notes", "urgent"), change(BASE, "lines/a/plannedDate", "2026-12-05"));

    assertThat(plan.pushToOdoo()).containsExactly(Map.entry("notes", "urgent"));
    assertThat(plan.applyLocally()).containsExactly(Map.entry("lines/a/plannedDate", "2026-12-05"));
    assertThat(plan.settledByPolicy()).isEmpty();
    assertThat(plan.manual()).isEmpty();
  }

  @Test
  void theSameEditOnBothSidesIsNoConflict() {
    SyncedFields both = change(BASE, "lines/a/quantity", "4");

    assertThat(plan(both, both).inStep()).isTrue();
  }

  @Test
  void quantityChangedOnBothSidesWaitsForAPerson() {
    MergePlan plan =
        plan(change(BASE, "lines/a/quantity", "4"), change(BASE, "lines/a/quantity", "6"));

    assertThat(plan.parked()).isTrue();
    assertThat(plan.manual())
        .containsExactly(
            new FieldConflict(
                "lines/a/quantity", "2", "4", "6", FieldGroup.LINES, ConflictPolicy.MANUAL));
    assertThat(plan.applyLocally()).isEmpty();
    assertThat(plan.pushToOdoo()).isEmpty();
  }

  @Test
  void stateChangedOnBothSidesFollowsOdoo() {
    MergePlan plan = plan(change(BASE, "state", "cancel"), change(BASE, "state", "purchase"));

    assertThat(plan.applyLocally()).containsExactly(Map.entry("state", "purchase"));
    assertThat(plan.settledByPolicy())
        .extracting(FieldConflict::policy)
        .containsExactly(ConflictPolicy.REMOTE_WINS);
    assertThat(plan.parked()).isFalse();
  }

  @Test
  void notesChangedOnBothSidesKeepTheBuyers() {
    MergePlan plan = plan(change(BASE, "notes", "ours"), change(BASE, "notes", "theirs"));

    assertThat(plan.pushToOdoo()).containsExactly(Map.entry("notes", "ours"));
    assertThat(plan.settledByPolicy()).hasSize(1);
  }

  @Test
  void aLineRemovedInOdooWhileChangedHereWaitsWholeForAPerson() {
    MergePlan plan = plan(change(BASE, "lines/a/quantity", "5"), withoutLineA());

    assertThat(plan.manual())
        .extracting(FieldConflict::path, FieldConflict::local, FieldConflict::remote)
        .containsExactly(tuple("lines/a/quantity", "5", null));
    assertThat(plan.applyLocally())
        .as("removing the line's other fields here would delete the line the buyer changed")
        .isEmpty();
    assertThat(plan.pushToOdoo()).isEmpty();
  }

  @Test
  void aLineRemovedInOdooWhileChangedHereIsKeptWholeWhenOursWin() {
    MergePlan plan =
        ThreeWayMerge.plan(
            BASE,
            change(BASE, "lines/a/quantity", "5"),
            withoutLineA(),
            ConflictPolicies.parse("lines=local"));

    assertThat(plan.applyLocally()).isEmpty();
    assertThat(plan.pushToOdoo())
        .containsOnlyKeys(
            "lines/a/quantity", "lines/a/unitPrice", "lines/a/plannedDate", "lines/a/product")
        .containsEntry("lines/a/quantity", "5")
        .containsEntry("lines/a/product", "5");
  }

  @Test
  void aLineRemovedInOdooWhileChangedHereGoesWholeWhenOdooWins() {
    MergePlan plan =
        ThreeWayMerge.plan(
            BASE,
            change(BASE, "lines/a/quantity", "5"),
            withoutLineA(),
            ConflictPolicies.parse("lines=remote"));

    assertThat(plan.applyLocally())
        .containsOnlyKeys(
            "lines/a/quantity", "lines/a/unitPrice", "lines/a/plannedDate", "lines/a/product")
        .containsValues((String) null);
    assertThat(plan.pushToOdoo()).isEmpty();
  }

  @Test
  void aLineRemovedHereWhileChangedInOdooIsBroughtBackWholeWhenOdooWins() {
    MergePlan plan =
        ThreeWayMerge.plan(
            BASE,
            withoutLineA(),
            change(BASE, "lines/a/quantity", "5"),
            ConflictPolicies.parse("lines=remote"));

    assertThat(plan.applyLocally())
        .as("the quantity alone would be no line")
        .containsEntry("lines/a/quantity", "5")
        .containsEntry("lines/a/product", "5")
        .containsEntry("lines/a/unitPrice", "52.00")
        .containsEntry("lines/a/plannedDate", "2026-12-01");
    assertThat(plan.pushToOdoo()).isEmpty();
  }

  @Test
  void aLineRemovedHereWhileItsDateAndQuantityChangedInOdooFollowsTheLinesPolicy() {
    SyncedFields edited =
        change(change(BASE, "lines/a/quantity", "5"), "lines/a/plannedDate", "2026-12-09");

    MergePlan plan =
        ThreeWayMerge.plan(
            BASE, withoutLineA(), edited, ConflictPolicies.parse("lines=local,dates=remote"));

    assertThat(plan.applyLocally()).as("the date alone would be no line").isEmpty();
    assertThat(plan.pushToOdoo())
        .containsOnlyKeys(
            "lines/a/quantity", "lines/a/unitPrice", "lines/a/plannedDate", "lines/a/product");
  }

  private static SyncedFields withoutLineA() {
    Map<String, String> removed = new HashMap<>();
    for (String field : new String[] {"quantity", "unitPrice", "plannedDate", "product"}) {
      removed.put("lines/a/" + field, null);
    }
    return BASE.with(removed);
  }

  @Test
  void aLineAddedInOdooIsAppliedLocally() {
    MergePlan plan = plan(BASE, change(BASE, "lines/b/quantity", "1"));

    assertThat(plan.applyLocally()).containsEntry("lines/b/quantity", "1");
  }

  @Test
  void policiesComeFromConfiguration() {
    ConflictPolicies policies = ConflictPolicies.parse("lines=remote, notes=manual");

    assertThat(policies.of(FieldGroup.LINES)).isEqualTo(ConflictPolicy.REMOTE_WINS);
    assertThat(policies.of(FieldGroup.NOTES)).isEqualTo(ConflictPolicy.MANUAL);
    assertThat(policies.of(FieldGroup.STATE)).isEqualTo(ConflictPolicy.REMOTE_WINS);
    assertThatThrownBy(() -> ConflictPolicies.parse("lines=whoever"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConflictPolicies.parse("colour=local"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
