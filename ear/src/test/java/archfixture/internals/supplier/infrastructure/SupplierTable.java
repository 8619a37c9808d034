package archfixture.internals.supplier.infrastructure;

public class SupplierTable {}
