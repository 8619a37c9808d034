package net.orderbridge.simulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The purchase models' fields, read from the {@code fields_get} answer of a real Odoo 19 server and
 * bent back to older versions' names.
 */
final class PurchaseFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PurchaseFields() {}

  static ModelDef order(Schema schema) {
    ModelDef def = load("purchase.order", "Purchase Order").order("priority desc, id desc");
    if (!schema.v19()) {
      def.remove("locked");
      Field state = def.field("state");
      List<List<String>> sel = new ArrayList<>(state.selection());
      sel.add(4, List.of("done", "Locked"));
      def.replace("state", state.withSelection(sel));
    }
    def.replace("order_line", def.field("order_line").withInverse("order_id").withReadonly(false));
    return def.purchaseRights();
  }

  static ModelDef line(Schema schema) {
    ModelDef def =
        load("purchase.order.line", "Purchase Order Line").order("order_id, sequence, id");
    if (!schema.v19()) {
      def.replace("product_uom_id", def.field("product_uom_id").renamed("product_uom"));
      def.replace("tax_ids", def.field("tax_ids").renamed("taxes_id"));
      Field state = def.field("state");
      List<List<String>> sel = new ArrayList<>(state.selection());
      sel.add(4, List.of("done", "Locked"));
      def.replace("state", state.withSelection(sel));
    }
    return def.purchaseRights();
  }

  private static ModelDef load(String model, String description) {
    ModelDef def = new ModelDef(model, description);
    String path = "/net/orderbridge/simulator/fields/" + model + ".json";
    try (InputStream in = PurchaseFields.class.getResourceAsStream(path)) {
      JsonNode root = JSON.readTree(in);
      Iterator<Map.Entry<String, JsonNode>> it = root.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode f = e.getValue();
        List<List<String>> selection = null;
        if (f.has("selection")) {
          selection = new ArrayList<>();
          for (JsonNode pair : f.get("selection")) {
            selection.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
          }
        }
        def.add(
            new Field(
                e.getKey(),
                FieldType.of(f.get("type").asText()),
                f.get("string").asText(),
                f.has("relation") ? f.get("relation").asText() : null,
                f.get("required").asBoolean(),
                f.get("readonly").asBoolean(),
                selection,
                null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return def;
  }
}
