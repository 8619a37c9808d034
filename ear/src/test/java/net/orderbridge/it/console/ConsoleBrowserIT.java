package net.orderbridge.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.orderbridge.it.SyncFixture;
import net.orderbridge.it.pull.PullFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The console in Debian's headless Chromium against the real server, database and simulator: the
 * people of the issue at work, each through the login page. The screenshots of the README come from
 * here ({@code target/console-screenshots}).
 */
@ExtendWith(Browser.ScreenshotOnFailure.class)
class ConsoleBrowserIT extends SyncFixture implements Browser.BrowserTest {
  private static final Duration SYNCED = Duration.ofSeconds(60);
  private final List<Browser> browsers = new ArrayList<>();

  @Override
  public List<Browser> browsers() {
    return browsers;
  }

  private Browser browser() throws Exception {
    Browser b = Browser.open();
    browsers.add(b);
    return b;
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
    operator("POST", "/api/sync/push/start", "{}");
  }

  @Test
  void aPurchaserPlacesAnOrderAndWatchesItBecomeSyncedWithoutReloading() throws Exception {
    supplier();
    Browser buyer = browser().signIn("buyer", "buyer-demo");
    buyer.shot("orders");
    // the push waits, so that the page shows the order on its way before it reaches Odoo
    assertThat(operator("POST", "/api/sync/push/stop", "{}").status()).isEqualTo(200);

    buyer.visible(By.id("new-order")).click();
    buyer.visible(By.id("place-order")).click();
    assertThat(buyer.text(By.id("supplier-error")))
        .as("the problem's field, shown at its input")
        .contains("supplierId");
    assertThat(buyer.visible(By.id("supplier")).getAttribute("aria-invalid")).isEqualTo("true");
    buyer.choose(By.id("supplier"), "Ready Mat");
    buyer.choose(By.id("product-0"), "Office Chair");
    buyer.type(By.id("quantity-0"), "3");
    String notes = unique("console-buyer");
    buyer.type(By.id("notes"), notes);
    buyer.shot("place-order");
    buyer.visible(By.id("place-order")).click();

    buyer.visible(By.id("order-number"));
    assertThat(buyer.text(By.id("sync-status"))).isEqualTo("PENDING");
    buyer.script("window.stillTheSamePage = true");
    assertThat(operator("POST", "/api/sync/push/start", "{}").status()).isEqualTo(200);

    await()
        .atMost(SYNCED)
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(buyer.text(By.id("sync-status"))).isEqualTo("SYNCED"));
    assertThat(buyer.script("return window.stillTheSamePage === true"))
        .as("no reload: the event stream brought the news")
        .isEqualTo(true);
    String id = buyer.driver.getCurrentUrl().replaceAll(".*/orders/", "");
    assertThat(buyer.text(By.id("odoo-name"))).contains("id " + odooIdOf(id));
    assertThat(odooOrders(buyer.text(By.id("order-number")))).hasSize(1);
    assertThat(buyer.visible(By.id("odoo-link")).getAttribute("href"))
        .isEqualTo(
            "http://127.0.0.1:"
                + System.getProperty("orderbridge.it.odoo.port")
                + "/web#id="
                + odooIdOf(id)
                + "&model=purchase.order&view_type=form");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(buyer.text(By.id("audit"))).contains("SYNC_SYNCED"));
    buyer.shot("order-synced");
    assertThat(buyer.policyViolations()).as("everything the page loads is local").isEmpty();

    buyer.width(390, 844);
    buyer.go("/orders");
    buyer.visible(By.id("orders"));
    buyer.shot("orders-phone");
  }

  @Test
  void aPurchaserEditsADraftAndAChangeMadeMeanwhileIsNotOverwritten() throws Exception {
    String notes = unique("console-edit");
    String id = place(notes).get("id").asText();
    awaitOrderSettled(id);
    Browser buyer = browser().signIn("buyer", "buyer-demo");
    buyer.go("/orders/" + id);
    buyer.visible(By.id("edit-order")).click();
    buyer.type(By.id("quantity-0"), "5");
    revise(id, notes + "-meanwhile", Map.of());
    buyer.visible(By.id("place-order")).click();
    assertThat(buyer.text(By.id("order-error"))).contains("changed this order meanwhile");
    buyer.shot("edit-refused");

    buyer.go("/orders/" + id);
    buyer.visible(By.id("edit-order")).click();
    buyer.type(By.id("quantity-0"), "5");
    buyer.visible(By.id("place-order")).click();
    await()
        .atMost(SYNCED)
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              assertThat(buyer.text(By.cssSelector("#lines tbody tr:first-child td:nth-child(2)")))
                  .isEqualTo("5");
              assertThat(buyer.text(By.id("order-notes"))).isEqualTo(notes + "-meanwhile");
              assertThat(buyer.text(By.id("sync-status"))).isEqualTo("SYNCED");
            });
    await()
        .atMost(SYNCED)
        .untilAsserted(() -> assertThat(odooQuantity(odooIdOf(id), 5)).isEqualTo(5.0));
    assertThat(localQuantity(id, 5)).isEqualTo(5.0);
  }

  @Test
  void anOperatorSettlesAConflictFieldByFieldAndBothSidesConverge() throws Exception {
    String notes = unique("console-conflict");
    String id = place(notes).get("id").asText();
    awaitOrderSettled(id);
    int odooId = odooIdOf(id);
    PullFixture.holdPush(id);
    revise(id, notes, Map.of(5L, "4", 6L, "7"));
    editOdooQuantity(odooId, 5, 6.0);
    editOdooQuantity(odooId, 6, 9.0);
    assertThat(operator("POST", "/api/sync/pull", "").status()).isEqualTo(200);
    long chair = conflictWithLocal(id, "4");
    long lamp = conflictWithLocal(id, "7");
    PullFixture.releasePush(id);

    Browser operator = browser().signIn("operator", "operator-demo");
    operator.visible(By.linkText("Conflicts")).click();
    operator.visible(By.cssSelector("tr[data-conflict='" + chair + "']"));
    operator.shot("conflicts");
    operator.visible(By.cssSelector("tr[data-conflict='" + chair + "'] .choose-remote")).click();
    operator.visible(By.cssSelector("tr[data-conflict='" + lamp + "'] .choose-local")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(operator.all(By.cssSelector("#settled li"))).hasSize(2);
              assertThat(operator.all(By.cssSelector("tr[data-conflict]"))).isEmpty();
            });
    assertThat(operator.text(By.id("settled")))
        .contains("Office Chair: quantity: Odoo's value taken")
        .contains("Office Lamp: quantity: OrderBridge's value kept");
    operator.shot("conflicts-settled");

    await()
        .atMost(SYNCED)
        .untilAsserted(
            () -> {
              assertThat(localQuantity(id, 5)).as("chair: Odoo's").isEqualTo(6.0);
              assertThat(localQuantity(id, 6)).as("lamp: ours").isEqualTo(7.0);
              assertThat(odooQuantity(odooId, 5)).isEqualTo(6.0);
              assertThat(odooQuantity(odooId, 6)).isEqualTo(7.0);
            });
    operator.go("/orders/" + id);
    await()
        .atMost(SYNCED)
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(operator.text(By.id("sync-status"))).isEqualTo("SYNCED"));
    assertThat(openConflicts(id)).isZero();
  }

  @Test
  void anOperatorRetriesADeadLetter() throws Exception {
    supplier();
    String id;
    try {
      odoo().faults().rejectApiKey(true);
      id = place(unique("console-dead")).get("id").asText();
      await()
          .atMost(SYNCED)
          .until(
              () ->
                  count(
                          "select count(*) from sync.outbox_message where order_id = ?::uuid"
                              + " and status = 'DEAD'",
                          id)
                      == 1);
    } finally {
      odoo().faults().rejectApiKey(false);
    }
    Browser operator = browser().signIn("operator", "operator-demo");
    operator.visible(By.linkText("Dead letters")).click();
    String row = "tr[data-order='" + id + "']";
    operator.visible(By.cssSelector(row));
    operator.shot("dead-letters");
    operator.visible(By.cssSelector(row + " button.retry")).click();
    operator.visible(By.cssSelector(row + " .ask button.primary")).click();

    await()
        .atMost(SYNCED)
        .untilAsserted(
            () -> assertThat(order(id).get("sync").get("status").asText()).isEqualTo("SYNCED"));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(operator.all(By.cssSelector(row))).isEmpty());
    operator.visible(By.linkText("Dashboard")).click();
    operator.visible(By.id("tile-backlog"));
    operator.visible(By.cssSelector("#throughput-chart canvas"));
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .untilAsserted(
            () -> assertThat(operator.text(By.id("chart-summary"))).doesNotStartWith("0 orders"));
    assertThat(operator("POST", "/api/sync/pull", "").status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(operator.text(By.id("tile-last-pull")))
                    .startsWith("Last successful pull")
                    .doesNotContain("—"));
    operator.shot("dashboard");
    assertThat(operator.policyViolations()).isEmpty();

    operator.visible(By.linkText("Operations")).click();
    operator.visible(By.id("poll-now")).click();
    operator.visible(By.cssSelector(".ask button.primary")).click();
    assertThat(operator.text(By.cssSelector(".result"))).startsWith("Polled");
    operator.shot("operations");
  }

  @Test
  void anAuditorSeesNoOperationAndAForcedOneIsRefused() throws Exception {
    supplier();
    Browser auditor = browser().signIn("auditor", "auditor-demo");
    assertThat(auditor.all(By.linkText("Operations"))).isEmpty();
    assertThat(auditor.all(By.linkText("Dead letters"))).isEmpty();
    auditor.go("/operations");
    auditor.visible(By.id("orders"));
    assertThat(auditor.all(By.id("push-switch"))).isEmpty();
    auditor.go("/conflicts");
    auditor.visible(By.id("conflicts-title"));
    assertThat(auditor.all(By.cssSelector(".choose-local, .choose-remote"))).isEmpty();

    Object status =
        auditor.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/api/sync/push/stop', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'X-Requested-With': 'OrderBridgeConsole'}}).then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(403);
    JsonNode push = operator("GET", "/api/sync/push", null).json();
    assertThat(push.get("enabled").asBoolean()).isTrue();
  }

  @Test
  void aWrongPasswordIsShownOnTheLoginPageAndSignOutEndsTheSession() throws Exception {
    Browser b = browser();
    b.driver.get(BASE + "/");
    b.type(By.id("user"), "buyer");
    b.type(By.id("password"), "wrong");
    b.visible(By.id("sign-in")).click();
    assertThat(b.text(By.id("signin-error"))).contains("wrong");
    b.shot("sign-in");
    // the keyboard alone: the user name has the focus, Tab leads to the password, Enter signs in
    b.driver.navigate().refresh();
    b.visible(By.id("user"));
    b.driver.switchTo().activeElement().sendKeys("buyer", Keys.TAB, "buyer-demo", Keys.ENTER);
    b.visible(By.id("sign-out")).click();
    b.visible(By.id("sign-in"));
    Object status =
        b.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/api/session', {headers: {'X-Requested-With': 'OrderBridgeConsole'}})"
                + ".then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(401);
  }

  @Test
  void aLineRemovedInOdooShowsAsSuchAndKeepingOursMakesItThereAgain() throws Exception {
    String notes = unique("console-line-removed");
    String id = place(notes).get("id").asText();
    awaitOrderSettled(id);
    int odooId = odooIdOf(id);
    PullFixture.holdPush(id);
    revise(id, notes, Map.of(6L, "7"));
    int lampLine = odooLineId(odooId, 6);
    odoo()
        .store()
        .write("purchase.order", odooId, Map.of("order_line", List.of(List.of(2, lampLine, 0))));
    assertThat(operator("POST", "/api/sync/pull", "").status()).isEqualTo(200);
    long lamp = conflictWithLocal(id, "7");
    PullFixture.releasePush(id);

    Browser operator = browser().signIn("operator", "operator-demo");
    operator.visible(By.linkText("Conflicts")).click();
    String row = "tr[data-conflict='" + lamp + "']";
    assertThat(operator.text(By.cssSelector(row + " .line-removed"))).isEqualTo("line removed");
    assertThat(operator.text(By.cssSelector(row + " th"))).startsWith("Office Lamp: quantity");
    operator.shot("conflict-line-removed");
    operator.visible(By.cssSelector(row + " .choose-local")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(operator.all(By.cssSelector(row))).isEmpty());

    await().atMost(SYNCED).untilAsserted(() -> assertThat(odooQuantity(odooId, 6)).isEqualTo(7.0));
    assertThat(localQuantity(id, 6)).isEqualTo(7.0);
  }

  private static long conflictWithLocal(String orderId, String local) {
    JsonNode list = operator("GET", "/api/sync/conflicts?status=open", null).json();
    for (JsonNode c : list) {
      if (c.get("orderId").asText().equals(orderId) && c.get("local").asText().equals(local)) {
        return c.get("id").asLong();
      }
    }
    throw new AssertionError("no open conflict of " + orderId + " with local " + local);
  }
}
