package net.orderbridge.sync.conflict;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a three-way comparison decided: the remote values to apply to our order, the local values to
 * send to Odoo, the conflicts a policy settled, and the conflicts that wait for a person. While
 * {@link #manual()} is not empty the order's sync is parked.
 */
public record MergePlan(
    Map<String, String> applyLocally,
    Map<String, String> pushToOdoo,
    List<FieldConflict> settledByPolicy,
    List<FieldConflict> manual) {

  public MergePlan {
    applyLocally = Collections.unmodifiableMap(new TreeMap<>(applyLocally));
    pushToOdoo = Collections.unmodifiableMap(new TreeMap<>(pushToOdoo));
    settledByPolicy = List.copyOf(settledByPolicy);
    manual = List.copyOf(manual);
  }

  public boolean inStep() {
    return applyLocally.isEmpty() && pushToOdoo.isEmpty() && manual.isEmpty();
  }

  public boolean parked() {
    return !manual.isEmpty();
  }
}
