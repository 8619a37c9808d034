package net.orderbridge.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.orderbridge.it.Api.Reply;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.Test;

/** The order list's text filter and sorting, as the console's Orders page uses them. */
class OrderSearchIT extends SyncFixture {

  @Test
  void textFindsOrdersByNotesOrNumberWhateverTheCase() {
    String notes = unique("Search-Me");
    JsonNode placed = place(notes);
    place(unique("search-other"));

    JsonNode byNotes =
        buyer("GET", "/api/purchase-orders?text=" + notes.toLowerCase().substring(0, 30), null)
            .json();
    assertThat(byNotes.get("total").asLong()).isEqualTo(1);
    assertThat(byNotes.get("items").get(0).get("id").asText()).isEqualTo(placed.get("id").asText());
    JsonNode byNumber =
        buyer("GET", "/api/purchase-orders?text=" + placed.get("number").asText(), null).json();
    assertThat(byNumber.get("items").get(0).get("id").asText())
        .isEqualTo(placed.get("id").asText());
    assertThat(buyer("GET", "/api/purchase-orders?text=%25", null).json().get("total").asLong())
        .as("a % is a character, not a wildcard")
        .isZero();
  }

  @Test
  void ordersSortByTotalAndByNumber() {
    place(unique("sort"));
    List<BigDecimal> totals = new ArrayList<>();
    for (JsonNode item :
        buyer("GET", "/api/purchase-orders?sort=-total&size=50", null).json().get("items")) {
      totals.add(new BigDecimal(item.get("untaxedTotal").asText()));
    }
    assertThat(totals).isSortedAccordingTo((a, b) -> b.compareTo(a));
    List<String> numbers = new ArrayList<>();
    for (JsonNode item :
        buyer("GET", "/api/purchase-orders?sort=number&size=50", null).json().get("items")) {
      numbers.add(item.get("number").asText());
    }
    assertThat(numbers).isSorted();
    Reply refused = buyer("GET", "/api/purchase-orders?sort=supplier", null);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("field").asText()).isEqualTo("sort");
  }
}
