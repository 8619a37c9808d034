package archfixture.odoocall.sync.status;

import archfixture.odoocall.sync.odoo.OdooClient;

/** Breaks the rule: asking the version is allowed, deleting a purchase order is not. */
public class Check {
  void check(OdooClient odoo) {
    odoo.version();
    odoo.unlink("purchase.order", 1);
  }
}
