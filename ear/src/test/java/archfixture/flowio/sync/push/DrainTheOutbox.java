package archfixture.flowio.sync.push;

import jakarta.persistence.EntityManager;

/** Breaks the rule: a use case that queries the database itself, under a use-case name. */
public class DrainTheOutbox {
  EntityManager entityManager;

  int pending() {
    return entityManager.createQuery("select count(m) from OutboxMessage m").getFirstResult();
  }
}
