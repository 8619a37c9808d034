package archfixture.kernel.purchaseorder.api;

public class OrderView {}
