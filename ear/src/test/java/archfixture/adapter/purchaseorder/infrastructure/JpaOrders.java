package archfixture.adapter.purchaseorder.infrastructure;

public class JpaOrders {}
