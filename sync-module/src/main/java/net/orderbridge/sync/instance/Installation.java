package net.orderbridge.sync.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.orderbridge.sync.persistence.Sql;

/**
 * This installation (every instance sharing one database): the id drawn once when its database was
 * migrated ({@code sync.installation}), which goes into every order's key in Odoo. Our order
 * numbers start again at 1 in every fresh database, so a number alone can name another
 * installation's order (or an order of this one's earlier life) in the same Odoo: the lookup after
 * a lost answer would bind it.
 */
@ApplicationScoped
public class Installation {
  private final Sql sql;

  @Inject
  public Installation(Sql sql) {
    this.sql = sql;
  }

  /** For CDI's client proxy. */
  protected Installation() {
    this(null);
  }

  private volatile String id;

  /** A short random id, such as {@code 3f9a2c1d7b}. */
  public String id() {
    String known = id;
    if (known == null) {
      known =
          sql.query("select key_suffix from sync.installation where id = 1", r -> r.getString(1))
              .get(0);
      id = known;
    }
    return known;
  }

  /**
   * An order's key in Odoo ({@code origin}): its number, readable for people, and this
   * installation's id, {@code AF-PO-000001@3f9a2c1d7b}.
   */
  public String keyOf(String orderNumber) {
    return orderNumber + "@" + id();
  }
}
