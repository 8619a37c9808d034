package archfixture.ejb.supplier.domain;

/** Bad: a domain class that is an EJB. */
@jakarta.ejb.Stateless
public class StatelessSupplier {}
