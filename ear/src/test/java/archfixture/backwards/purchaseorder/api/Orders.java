package archfixture.backwards.purchaseorder.api;

public class Orders {}
