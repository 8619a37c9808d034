package net.orderbridge.supplier.application;

import net.orderbridge.shared.domain.CurrencyCode;
import net.orderbridge.shared.domain.Money;
import net.orderbridge.shared.domain.Quantity;
import net.orderbridge.shared.domain.SupplierId;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.supplier.api.ProductRecord;
import net.orderbridge.supplier.api.SupplierPriceRecord;
import net.orderbridge.supplier.api.SupplierRecord;
import net.orderbridge.supplier.domain.price.PriceTerms;
import net.orderbridge.supplier.domain.product.ProductDetails;
import net.orderbridge.supplier.domain.supplier.SupplierDetails;

/** Turns the records the {@code SupplierSource} hands over into the domain's values. */
final class MirrorRecords {

  private MirrorRecords() {}

  static SupplierDetails details(SupplierRecord record) {
    return new SupplierDetails(
        record.name(),
        blankAsNull(record.email()),
        blankAsNull(record.reference()),
        record.company(),
        record.supplierRank(),
        record.active(),
        record.writeDate());
  }

  static ProductDetails details(ProductRecord record) {
    return new ProductDetails(
        record.templateOdooId(),
        record.name(),
        blankAsNull(record.defaultCode()),
        record.uom(),
        record.standardPrice(),
        record.listPrice(),
        record.purchasable(),
        record.active(),
        record.writeDate());
  }

  static PriceTerms terms(SupplierPriceRecord record, SupplierId supplier) {
    return new PriceTerms(
        supplier,
        record.productOdooId(),
        record.templateOdooId(),
        new Quantity(record.minQuantity()),
        new Money(record.price(), currencyOf(record)),
        record.delayDays(),
        blankAsNull(record.uom()),
        record.active(),
        record.writeDate());
  }

  private static CurrencyCode currencyOf(SupplierPriceRecord record) {
    if (record.currency() == null || record.currency().isBlank()) {
      throw ApplicationProblem.invalid("currency", "the vendor price names no currency");
    }
    return CurrencyCode.of(record.currency());
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
