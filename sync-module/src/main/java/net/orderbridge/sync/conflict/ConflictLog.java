package net.orderbridge.sync.conflict;

import java.util.Locale;
import net.orderbridge.sync.log.SyncLog;
import net.orderbridge.sync.log.SyncLogEntry;

/**
 * The conflicts' entries of the structured sync log: one when a conflict is found ({@code
 * conflict.opened} when it waits for a person, {@code conflict.settled} when its policy settled it)
 * and one when a person settles it. The field's path, group, policy and the choice; never the
 * values of either side, nor who chose (the audit trail keeps that).
 */
public final class ConflictLog {
  static final String ENTITY = "purchase-order";

  private ConflictLog() {}

  /** A conflict just found, as {@link SyncConflict#detected} made it. */
  public static void detected(SyncConflict found) {
    boolean open = found.isOpen();
    SyncLog.write(
        entry(open ? "conflict.opened" : "conflict.settled", found)
            .meta("by", open ? null : "policy")
            .info(
                (open ? "Conflict opened on order " : "Conflict settled by policy on order ")
                    + found.orderId()
                    + ": "
                    + found.path()
                    + " ("
                    + found.group()
                    + ", "
                    + found.policy()
                    + ")"));
  }

  /** A conflict a person settled. */
  public static void resolved(SyncConflict settled) {
    SyncLog.write(
        entry("conflict.settled", settled)
            .meta("by", "hand")
            .meta("choice", settled.choice())
            .info(
                "Conflict "
                    + settled.id()
                    + " on order "
                    + settled.orderId()
                    + " settled by hand: "
                    + settled.path()
                    + " "
                    + String.valueOf(settled.choice()).toLowerCase(Locale.ROOT)));
  }

  private static SyncLogEntry.Builder entry(String operation, SyncConflict conflict) {
    return SyncLogEntry.of(operation, ENTITY, conflict.orderId())
        .meta("conflictId", conflict.id())
        .meta("path", conflict.path())
        .meta("group", conflict.group().name())
        .meta("policy", conflict.policy().name())
        .meta("status", conflict.status().name());
  }
}
