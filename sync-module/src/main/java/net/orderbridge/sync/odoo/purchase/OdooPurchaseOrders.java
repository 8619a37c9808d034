package net.orderbridge.sync.odoo.purchase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reading purchase orders from Odoo for the pull, archived ones included. */
public interface OdooPurchaseOrders {

  /**
   * One page of orders with {@code write_date >= since}, after the keyset ({@code afterWriteDate},
   * {@code afterId}) when given, ascending on ({@code write_date}, {@code id}).
   */
  List<RemoteOrder> findOrdersModifiedSince(
      Instant since, Instant afterWriteDate, long afterId, int limit);

  Optional<RemoteOrder> find(long odooId);

  /** The orders with these ids that Odoo still has, lines included, in few calls. */
  List<RemoteOrder> find(List<Long> odooIds);

  /** Those of these ids whose orders Odoo still has, archived ones included. */
  Set<Long> existing(List<Long> odooIds);
}
