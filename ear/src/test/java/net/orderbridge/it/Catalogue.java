package net.orderbridge.it;

/**
 * The seed catalogue of the simulator as the service mirrors it: local ids of known vendors and
 * products.
 */
final class Catalogue {
  /**
   * Ready Mat (res.partner 11) sells the Office Chair (product 5) at 52.00 and the Office Lamp (6)
   * at 31.00.
   */
  static final long READY_MAT = 11;

  static final long OFFICE_CHAIR = 5;
  static final long OFFICE_LAMP = 6;

  private Catalogue() {}

  /** The local id of a vendor (mirroring the simulator's catalogue when needed). */
  static String supplierId(long odooId) {
    return SyncFixture.supplier(odooId);
  }

  static String productId(long odooId) {
    return SyncFixture.product(odooId);
  }
}
