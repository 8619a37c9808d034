package net.orderbridge.sync.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
    Set<String> paths = SyncedFields.paths(base, local, remote);
    for (String path : paths) {
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
    for (Map.Entry<String, ConflictPolicy> fate : lineFates(settled, manual).entrySet()) {
      for (String path : paths) {
        if (!path.startsWith(fate.getKey())) {
          continue;
        }
        String l = local.get(path);
        String r = remote.get(path);
        applyLocally.remove(path);
        pushToOdoo.remove(path);
        if (fate.getValue() == ConflictPolicy.REMOTE_WINS && !Objects.equals(l, r)) {
          applyLocally.put(path, r);
        } else if (fate.getValue() == ConflictPolicy.LOCAL_WINS && !Objects.equals(l, r)) {
          pushToOdoo.put(path, l);
        }
      }
    }
    return new MergePlan(applyLocally, pushToOdoo, settled, manual);
  }

  /**
   * The lines one side removed while the other changed them (a conflict with one side absent), by
   * their path prefix, with the policy that decides whether the line exists. Such a line is decided
   * whole: its other fields follow the winner, and while a person decides, none of them is applied
   * on either side, so the line the buyer changed is still there when the person chooses.
   */
  private static Map<String, ConflictPolicy> lineFates(
      List<FieldConflict> settled, List<FieldConflict> manual) {
    Map<String, ConflictPolicy> fates = new TreeMap<>();
    for (FieldConflict c : manual) {
      if (existenceDiffers(c)) {
        fates.put(OrderFields.linePrefix(c.path()), ConflictPolicy.MANUAL);
      }
    }
    for (FieldConflict c : settled) {
      if (existenceDiffers(c)) {
        String line = OrderFields.linePrefix(c.path());
        if (fates.get(line) != ConflictPolicy.MANUAL
            && (c.group() == FieldGroup.LINES || !fates.containsKey(line))) {
          fates.put(line, c.policy());
        }
      }
    }
    return fates;
  }

  private static boolean existenceDiffers(FieldConflict c) {
    return c.path().startsWith("lines/") && (c.local() == null) != (c.remote() == null);
  }
}
