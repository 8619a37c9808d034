package archfixture.flowio.sync.push;

import jakarta.persistence.EntityManager;

/** Keeps the rule: an adapter may use the database. */
public class JdbcOutbox {
  EntityManager entityManager;
}
