package net.orderbridge.sync.odoo.purchase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code order_line} commands that turn the Odoo lines we bound into the local lines: {@code
 * (1, id, vals)} for a changed line, {@code (0, 0, vals)} for a new one (or one whose Odoo line is
 * gone), {@code (2, id)} for a line removed locally. Lines Odoo no longer has are never named (a
 * {@code (2, id)} or {@code (1, id, …)} of a missing line fails the whole write), and Odoo lines we
 * never bound are left alone.
 *
 * @param added the local lines of the {@code (0, 0, …)} commands, in command order; Odoo gives
 *     their new lines ascending ids in that order
 * @param kept local line to its Odoo line, for lines that stay
 */
public record LineDiff(List<List<Object>> commands, List<PlannedLine> added, Map<UUID, Long> kept) {

  public LineDiff {
    commands = List.copyOf(commands);
    added = List.copyOf(added);
    kept = Map.copyOf(kept);
  }

  public static LineDiff between(
      List<PlannedLine> local, Map<UUID, SyncedLine> bound, Set<Long> inOdoo) {
    List<List<Object>> commands = new ArrayList<>();
    List<PlannedLine> added = new ArrayList<>();
    Map<UUID, Long> kept = new LinkedHashMap<>();
    Set<UUID> localIds = new HashSet<>();
    for (PlannedLine line : local) {
      localIds.add(line.lineId());
      SyncedLine binding = bound.get(line.lineId());
      if (binding != null && inOdoo.contains(binding.odooLineId())) {
        kept.put(line.lineId(), binding.odooLineId());
        if (!line.hash().equals(binding.hash())) {
          commands.add(List.of(1, binding.odooLineId(), line.vals()));
        }
      } else {
        commands.add(List.of(0, 0, line.vals()));
        added.add(line);
      }
    }
    bound.forEach(
        (lineId, binding) -> {
          if (!localIds.contains(lineId) && inOdoo.contains(binding.odooLineId())) {
            commands.add(List.of(2, binding.odooLineId()));
          }
        });
    return new LineDiff(commands, added, kept);
  }

  public boolean isEmpty() {
    return commands.isEmpty();
  }
}
