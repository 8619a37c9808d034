package net.orderbridge.simulator.model;

import java.util.List;

/**
 * What changes between the Odoo versions the simulator plays: 19 renamed the line fields {@code
 * product_uom} → {@code product_uom_id} and {@code taxes_id} → {@code tax_ids}, dropped the order
 * state {@code done} for a boolean {@code locked}, and brought JSON-2.
 */
public record Schema(String version) {
  public static final List<String> VERSIONS = List.of("16.0", "17.0", "18.0", "19.0");

  public Schema {
    if (!VERSIONS.contains(version)) {
      throw new IllegalArgumentException(
          "unsupported version " + version + ", use one of " + VERSIONS);
    }
  }

  public int major() {
    return Integer.parseInt(version.substring(0, version.indexOf('.')));
  }

  public boolean v19() {
    return major() >= 19;
  }

  public String lineUom() {
    return v19() ? "product_uom_id" : "product_uom";
  }

  public String lineTaxes() {
    return v19() ? "tax_ids" : "taxes_id";
  }

  public String groupsField() {
    return v19() ? "group_ids" : "groups_id";
  }

  /** The unit of a vendor price: {@code product_uom_id} in 19, {@code product_uom} before. */
  public String supplierUom() {
    return v19() ? "product_uom_id" : "product_uom";
  }

  public String supplierPartnerField() {
    return "partner_id";
  }

  public boolean hasJson2() {
    return v19();
  }
}
