package archfixture.odoorecord.sync.odoo;

public class OdooRecord {
  public String text(String field) {
    return field;
  }
}
