package net.orderbridge.sync.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares base, local and remote field by field. Odoo has no optimistic locking (removed in 16),
 * so this comparison against the last agreed snapshot is the only way to tell "Odoo changed it"
 * from "we changed it" and to notice that both did.
 */
public final class ThreeWayMerge {
  private ThreeWayMerge() {}

  public static MergePlan plan(
      SyncedFields base, SyncedFields local, SyncedFields remote, ConflictPolicies policies) {
    Map<String, String> applyLocally = new HashMap<>();
    Map<String, String> pushToOdoo = new HashMap<>();
    List<FieldConflict> settled = new ArrayList<>();
    List<FieldConflict> manual = new ArrayList<>();
    for (String path : SyncedFields.paths(base, local, remote)) {
      String b = base.get(path);
      String l = local.get(path);
      String r = remote.get(path);
      if (Objects.equals(l, r)) {
        continue;
      }
      if (Objects.equals(l, b)) {
        applyLocally.put(path, r);
      } else if (Objects.equals(r, b)) {
        pushToOdoo.put(path, l);
      } else {
        FieldGroup group = FieldGroup.of(path);
        ConflictPolicy policy = policies.of(group);
        FieldConflict conflict = new FieldConflict(path, b, l, r, group, policy);
        switch (policy) {
          case REMOTE_WINS -> {
            applyLocally.put(path, r);
            settled.add(conflict);
          }
          case LOCAL_WINS -> {
            pushToOdoo.put(path, l);
            settled.add(conflict);
          }
          case MANUAL -> manual.add(conflict);
        }
      }
    }
    return new MergePlan(applyLocally, pushToOdoo, settled, manual);
  }
}
