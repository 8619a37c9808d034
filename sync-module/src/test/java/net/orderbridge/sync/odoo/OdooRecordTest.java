package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OdooRecordTest {

  private final OdooRecord record =
      new OdooRecord(
          Map.of(
              "id",
              11L,
              "name",
              "P00011",
              "email",
              false,
              "partner_id",
              List.of(10L, "Azure Interior"),
              "currency_id",
              false,
              "price_unit",
              12.35,
              "write_date",
              "2025-11-14 09:30:05",
              "order_line",
              List.of(21L, 22L)));

  @Test
  void falseMeansEmptyForEveryType() {
    assertThat(record.text("email")).isNull();
    assertThat(record.many2oneId("currency_id")).isNull();
    assertThat(record.many2oneName("currency_id")).isNull();
  }

  @Test
  void many2oneIsAnIdAndAName() {
    assertThat(record.many2oneId("partner_id")).isEqualTo(10L);
    assertThat(record.many2oneName("partner_id")).isEqualTo("Azure Interior");
  }

  @Test
  void decimalsKeepThePrintedDigits() {
    assertThat(record.decimal("price_unit")).isEqualByComparingTo(new BigDecimal("12.35"));
    assertThat(record.decimal("price_unit").scale()).isEqualTo(2);
  }

  @Test
  void datetimesAreUtcToTheSecondBothWays() {
    Instant written = record.instant("write_date");

    assertThat(written).isEqualTo(Instant.parse("2025-11-14T09:30:05Z"));
    assertThat(OdooRecord.formatDatetime(written)).isEqualTo("2025-11-14 09:30:05");
  }

  @Test
  void relationsReadAsIds() {
    assertThat(record.ids("order_line")).containsExactly(21L, 22L);
    assertThat(record.ids("missing")).isEmpty();
  }
}
