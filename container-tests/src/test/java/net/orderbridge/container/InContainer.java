package net.orderbridge.container;

import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import net.orderbridge.purchaseorder.application.LineInput;
import net.orderbridge.purchaseorder.application.PlacePurchaseOrder;
import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;

/**
 * What the tests use inside the server: its transaction manager and its database. Reads go through
 * the application's datasources: {@code jdbc/orderbridge} (JTA, takes part in the caller's
 * transaction) and {@code jdbc/orderbridgeMigrations} (outside any transaction, sees only what has
 * committed).
 */
final class InContainer {
  private InContainer() {}

  static UserTransaction transaction() {
    return lookup("java:comp/UserTransaction", UserTransaction.class);
  }

  /** Rows of {@code sql} (a count with one parameter) in the caller's transaction, if any. */
  static long countInTransaction(String sql, Object id) {
    return count(lookup("jdbc/orderbridge", DataSource.class), sql, id);
  }

  /** Rows of {@code sql} (a count with one parameter) that have committed. */
  static long countCommitted(String sql, Object id) {
    return count(lookup("jdbc/orderbridgeMigrations", DataSource.class), sql, id);
  }

  static long outboxRows(UUID orderId) {
    return countCommitted("select count(*) from sync.outbox_message where order_id = ?", orderId);
  }

  static long orders(UUID orderId) {
    return countCommitted(
        "select count(*) from purchase_order.purchase_order where id = ?", orderId);
  }

  /**
   * A draft order of one line for a supplier and product written into the supplier mirror first
   * (Odoo is out of reach here); the unit price and currency are given, so no price list is needed.
   */
  static PlacePurchaseOrder anOrder() {
    UUID supplier = UUID.randomUUID();
    UUID product = UUID.randomUUID();
    long odooId = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
    OffsetDateTime now = OffsetDateTime.now();
    try (Connection connection =
        lookup("jdbc/orderbridgeMigrations", DataSource.class).getConnection()) {
      update(
          connection,
          "insert into supplier.supplier (id, odoo_id, name, is_company, supplier_rank, active,"
              + " refreshed_at) values (?, ?, ?, true, 1, true, ?)",
          supplier,
          odooId,
          "Container test supplier " + odooId,
          now);
      update(
          connection,
          "insert into supplier.product (id, odoo_id, template_odoo_id, name, uom, standard_price,"
              + " list_price, purchase_ok, active, refreshed_at)"
              + " values (?, ?, ?, ?, 'Units', 1, 1, true, true, ?)",
          product,
          odooId,
          odooId,
          "Container test product " + odooId,
          now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the supplier mirror", e);
    }
    return new PlacePurchaseOrder(
        new SupplierId(supplier),
        "EUR",
        "placed by an in-container test",
        List.of(
            LineInput.newLine(
                new ProductId(product), BigDecimal.valueOf(3), new BigDecimal("12.50"), null)));
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static long count(DataSource dataSource, String sql, Object id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(new InitialContext().lookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("nothing bound at " + name, e);
    }
  }
}
