package net.orderbridge.sync.conflict;

import java.util.Map;
import net.orderbridge.purchaseorder.api.PurchaseOrderSnapshot;

/** Applying merged field values to our own order. A port; the pull implements it. */
public interface LocalOrderChanges {

  /**
   * @param current the order's fields now
   * @param changes path to new value (null removes)
   * @param descriptions descriptions of lines new to us, by key
   */
  void apply(
      PurchaseOrderSnapshot local,
      SyncedFields current,
      Map<String, String> changes,
      Map<String, String> descriptions);
}
