package net.orderbridge.sync.conflict;

import net.orderbridge.sync.odoo.purchase.RemoteOrder;

/**
 * Odoo's edit of one bound order merged three-way into ours (base: the agreed snapshot), in a
 * transaction of its own. A port: the push needs it before it writes over an Odoo edit it has not
 * seen, the pull's own step implements it, and neither flow depends on the other.
 */
public interface MergeOdooEdit {

  /**
   * What the merge did.
   *
   * @param outcome the pull's name for it (a metrics tag)
   * @param parked a conflict waits for a person, so the push must wait too
   */
  record Merge(String outcome, boolean parked) {}

  Merge mergeOdooEdit(RemoteOrder remote);
}
