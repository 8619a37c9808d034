package archfixture.odooflow.sync.odoo.purchase;

/** Breaks the rule: the connector hands the pull its own record. */
public class Reader {
  archfixture.odooflow.sync.pull.Remote read() {
    return null;
  }
}
