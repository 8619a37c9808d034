package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ops artefacts name only metrics the running server exports: every Grafana panel query of
 * {@code ops/grafana/orderbridge.json} and every rule of {@code ops/prometheus/alerts.yml}, read
 * after a push so that the push's series exist. And the change-to-Odoo histogram counts each pushed
 * change once, within the wall time it took.
 */
class OpsArtefactsIT {
  private static final Path OPS = Path.of("..", "ops");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  /** PromQL words that are not metric names (functions are recognised by their parenthesis). */
  private static final Set<String> KEYWORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "inf",
          "nan");

  @Test
  void changeToOdooHistogramCountsEachPushedChangeWithinTheWallTime() {
    String before = applicationMetrics();
    int orders = 3;
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      ids.add(SyncFixture.place(SyncFixture.unique("ops-metrics")).get("id").asText());
    }
    ids.forEach(id -> SyncFixture.awaitSynced(id, "draft"));
    double wallSeconds = (System.nanoTime() - start) / 1e9;
    String after = applicationMetrics();

    String histogram = "sync_push_change_to_odoo_seconds";
    double counted = created(after, histogram + "_count") - created(before, histogram + "_count");
    double summed = created(after, histogram + "_sum") - created(before, histogram + "_sum");
    assertThat(counted).as("one create observed per pushed order").isEqualTo(orders);
    assertThat(summed)
        .as("the orders' latencies lie within the %s s the test took", wallSeconds)
        .isGreaterThan(0)
        .isLessThanOrEqualTo(orders * wallSeconds);
    assertThat(sum(after, histogram + "_bucket", "operation=\"create\"", "le=\"+Inf\""))
        .as("the configured buckets hold every observation")
        .isEqualTo(created(after, histogram + "_count"));
  }

  private static String applicationMetrics() {
    Api.Reply metrics = Api.anonymous().get("/metrics?scope=application");
    assertThat(metrics.status()).isEqualTo(200);
    return metrics.body();
  }

  private static double created(String exposition, String name) {
    return sum(exposition, name, "operation=\"create\"");
  }

  /** The sum of the samples of this name that carry every one of these label pairs. */
  private static double sum(String exposition, String name, String... labels) {
    double total = 0;
    for (String line : exposition.split("\n")) {
      if (line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains)) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }

  @Test
  void dashboardQueriesNameOnlyExportedMetrics() throws IOException {
    JsonNode dashboard =
        SyncFixture.JSON.readTree(Files.readString(OPS.resolve("grafana/orderbridge.json")));
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        queries.add(target.get("expr").asText());
      }
    }
    assertThat(queries).as("the dashboard's queries").hasSizeGreaterThan(8);
    assertNamesExported(queries);
  }

  @Test
  void alertRulesNameOnlyExportedMetrics() throws IOException {
    List<String> expressions = new ArrayList<>();
    Matcher expr =
        Pattern.compile("(?m)^\\s*expr:\\s*(.+)$")
            .matcher(Files.readString(OPS.resolve("prometheus/alerts.yml")));
    while (expr.find()) {
      expressions.add(expr.group(1));
    }
    assertThat(expressions).as("the rules' expressions").hasSizeGreaterThanOrEqualTo(9);
    assertNamesExported(expressions);
  }

  private static void assertNamesExported(List<String> queries) {
    SyncFixture.awaitSynced(
        SyncFixture.place(SyncFixture.unique("ops-names")).get("id").asText(), "draft");
    Set<String> exported = exported(Api.anonymous().get("/metrics").body());
    for (String query : queries) {
      assertThat(metricNames(query))
          .as("metrics named by %s", query)
          .isNotEmpty()
          .allSatisfy(name -> assertThat(exported).as("exported metrics").contains(name));
    }
  }

  /** The sample names of a Prometheus text exposition, and the families its TYPE lines declare. */
  static Set<String> exported(String exposition) {
    Set<String> names = new TreeSet<>();
    for (String line : exposition.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        names.add(line.split(" ")[2]);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }

  /**
   * The metric names in a PromQL expression: identifiers left once strings, label matchers, range
   * selectors and grouping label lists are gone, minus keywords and functions.
   */
  static Set<String> metricNames(String promql) {
    String bare =
        promql
            .replaceAll("\"(\\\\.|[^\"])*\"", " ")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    Set<String> names = new TreeSet<>();
    Matcher word = IDENTIFIER.matcher(bare);
    while (word.find()) {
      String name = word.group();
      boolean function = bare.substring(word.end()).matches("(?s)\\s*\\(.*");
      boolean number = word.start() > 0 && Character.isDigit(bare.charAt(word.start() - 1));
      if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
        names.add(name);
      }
    }
    return names;
  }
}
