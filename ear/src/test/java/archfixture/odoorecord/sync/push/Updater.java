package archfixture.odoorecord.sync.push;

import archfixture.odoorecord.sync.odoo.OdooRecord;

/** Breaks the rule: the push reads an Odoo field itself. */
public class Updater {
  String state(OdooRecord order) {
    return order.text("state");
  }
}
