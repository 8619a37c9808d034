package net.orderbridge.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.orderbridge.it.FreshDatabase;
import net.orderbridge.it.ItOdoo;
import net.orderbridge.it.LibertyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request rate limit and the failed-login throttle on a real Liberty. They run on a second
 * server (the matrix server's installation, on a database of its own, syncing with the main suite's
 * simulator) started with low limits, so that the rest of the suite never meets them; the callers
 * come from different loopback addresses, as clients from different machines would.
 */
class AbuseLimitsIT {
  private static final int BURST = 10;
  private static final int PER_USER = 3;
  private static final int PER_ADDRESS = 6;
  private static LibertyServer server;
  private static URI base;

  @BeforeAll
  static void startWithLowLimits() throws Exception {
    FreshDatabase.main(new String[] {System.getProperty("orderbridge.second.db.name")});
    base = URI.create(System.getProperty("orderbridge.second.url"));
    server =
        new LibertyServer(
            Path.of(System.getProperty("orderbridge.second.server.dir")), base.toString());
    server.start(
        Map.of(
            "ODOO_URL",
            "http://127.0.0.1:" + System.getProperty("orderbridge.it.odoo.port"),
            "ODOO_DB",
            "odoo",
            "ODOO_USERNAME",
            "admin",
            "ODOO_API_KEY",
            ItOdoo.API_KEY,
            "SYNC_INSTANCE_ID",
            "it-abuse-limits",
            "API_RATE_LIMIT",
            "1",
            "API_RATE_BURST",
            String.valueOf(BURST),
            "LOGIN_FAILURES_PER_USER",
            String.valueOf(PER_USER),
            "LOGIN_FAILURES_PER_ADDRESS",
            String.valueOf(PER_ADDRESS),
            "LOGIN_FAILURE_WINDOW",
            "PT2M"),
        List.of("ODOO_*", "REDIS_URL", "WEBHOOK_*", "SYNC_*", "API_*", "LOGIN_*"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static FromAddress from(String address) {
    return new FromAddress(base, address);
  }

  @Test
  void aUserPastTheBurstGets429WithRetryAfterWhileOthersGoOn() {
    double before = counter("api_throttled_total", "rate-limit");
    List<FromAddress.Reply> replies = new ArrayList<>();
    for (int i = 0; i < 3 * BURST; i++) {
      replies.add(from("127.0.0.1").get("/api/session", "auditor", "auditor-demo"));
    }
    long ok = replies.stream().filter(r -> r.status() == 200).count();
    FromAddress.Reply refused =
        replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();

    assertThat(ok)
        .as("the burst and what the rate refilled meanwhile")
        .isGreaterThanOrEqualTo(BURST);
    assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asText()).endsWith("/rate-limited");
    assertThat(refused.json().get("status").asInt()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isBetween(1, 2);
    assertThat(from("127.0.0.1").get("/api/session", "buyer", "buyer-demo").status())
        .as("another user has a bucket of their own")
        .isEqualTo(200);
    assertThat(counter("api_throttled_total", "rate-limit") - before)
        .isEqualTo(replies.size() - ok);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> from("127.0.0.1").get("/api/session", "auditor", "auditor-demo").status() == 200);
  }

  @Test
  void aUserNameIsThrottledAfterFailuresFromAnyAddressEvenWithTheRightPassword() {
    for (int i = 1; i <= PER_USER; i++) {
      assertThat(from("127.0.1." + i).get("/api/session", "operator", "guess-" + i).status())
          .isEqualTo(401);
    }

    FromAddress.Reply refused =
        from("127.0.1.100").get("/api/session", "operator", "operator-demo");

    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.json().get("type").asText()).endsWith("/login-throttled");
    assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isBetween(100, 120);
    assertThat(from("127.0.1.100").get("/api/session", "buyer", "buyer-demo").status())
        .as("another user from the same address")
        .isEqualTo(200);
  }

  @Test
  void anAddressIsThrottledAfterFailuresWhateverNamesItTries() {
    double before = counter("api_throttled_total", "login-failures");
    for (int i = 0; i < PER_ADDRESS; i++) {
      String name = "ghost-" + UUID.randomUUID();
      assertThat(from("127.0.2.1").get("/api/session", name, "guess").status()).isEqualTo(401);
    }

    FromAddress.Reply refused = from("127.0.2.1").get("/api/session", "buyer", "buyer-demo");

    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.headers()).containsKey("retry-after");
    assertThat(from("127.0.2.2").get("/api/session", "buyer", "buyer-demo").status())
        .as("the same user from another address")
        .isEqualTo(200);
    assertThat(counter("api_throttled_total", "login-failures") - before).isEqualTo(1);
  }

  private static double counter(String name, String reason) {
    String metrics = from("127.0.0.1").get("/metrics?scope=application", null, null).body();
    Matcher found =
        Pattern.compile(
                "(?m)^" + name + "\\{[^}]*reason=\"" + reason + "\"[^}]*\\}\\s+([0-9.Ee+-]+)$")
            .matcher(metrics);
    return found.find() ? Double.parseDouble(found.group(1)) : 0;
  }
}
