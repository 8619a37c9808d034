package archfixture.adapter.purchaseorder.domain;

import archfixture.adapter.purchaseorder.infrastructure.JpaOrders;

/** Bad: the domain calls an adapter. */
public class OrderUsingJpaRepository {
  public JpaOrders orders;
}
