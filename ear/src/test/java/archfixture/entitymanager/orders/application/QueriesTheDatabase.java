package archfixture.entitymanager.orders.application;

import jakarta.persistence.EntityManager;

/** Bad: a use case that queries the database itself instead of through a port. */
public class QueriesTheDatabase {
  public EntityManager entities;
}
