package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Odoo's words stay in the connector: no main source of the sync-module outside {@code sync/odoo},
 * nor of the purchase-order context, spells an Odoo state, button, model or field of {@code
 * purchase.order} in a string. (ArchitectureTest keeps the Odoo client and its records in the
 * connector; this keeps the vocabulary there too.) Our own database columns that share a name with
 * an Odoo field, such as {@code write_date}, are read as {@code Sql}/{@code row} column names and
 * left alone.
 */
class OdooVocabularyTest {
  /** Odoo's states, buttons, models and the purchase.order fields the connector maps. */
  static final Pattern ODOO_WORD =
      Pattern.compile(
          "\"(draft|sent|to approve|purchase|done|cancel|button_\\w+"
              + "|purchase\\.order(\\.line)?|res\\.partner|product\\.product|product\\.supplierinfo"
              + "|order_line|partner_id|product_id|product_qty|price_unit|date_planned|origin"
              + "|currency_id|product_uom(_id)?|display_type)\"");

  /** A name of our own tables: handed to our JDBC helpers, or a JPA table or column name. */
  static final Pattern OUR_COLUMN =
      Pattern.compile("(Sql\\.\\w+\\(row, |row\\.get\\w+\\(|@(Table|Column)\\(name = )$");

  @Test
  void noOdooWordOutsideTheConnector() {
    List<String> found = new ArrayList<>();
    scan(Path.of("src/main/java/net/orderbridge/sync"), Path.of("odoo"), found);
    scan(Path.of("../purchase-order-module/src/main/java"), null, found);

    assertThat(found).as("Odoo words outside sync.odoo").isEmpty();
  }

  @Test
  void theScanFindsAnOdooWordWhereOneIs() {
    List<String> found = new ArrayList<>();
    check("X.java", "if (state.equals(\"cancel\")) {", found);
    check("Y.java", "vals.put(\"order_line\", commands);", found);
    check("Z.java", "Sql.instant(row, \"write_date\"),", found);
    check("L.java", "@Column(name = \"product_id\", nullable = false)", found);

    assertThat(found).hasSize(2);
  }

  static void scan(Path root, Path excluded, List<String> found) {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> excluded == null || !root.relativize(f).startsWith(excluded))
          .forEach(
              f -> {
                try {
                  for (String line : Files.readAllLines(f)) {
                    check(f.toString(), line, found);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void check(String file, String line, List<String> found) {
    if (line.trim().startsWith("*") || line.trim().startsWith("//")) {
      return;
    }
    Matcher m = ODOO_WORD.matcher(line);
    while (m.find()) {
      if (!OUR_COLUMN.matcher(line.substring(0, m.start())).find()) {
        found.add(file + ": " + line.trim());
      }
    }
  }
}
