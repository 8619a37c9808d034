package archfixture.kernel.shared.domain;

import archfixture.kernel.purchaseorder.api.OrderView;

/** Bad: the shared kernel depends on a context. */
public class KnowsAnOrder {
  public OrderView order;
}
