package net.orderbridge.it.console;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import net.orderbridge.it.SyncFixture;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Debian's headless Chromium, driven through its chromedriver (no driver download: the packages
 * {@code chromium} and {@code chromium-driver}), with a fresh profile per browser. A test that
 * fails leaves a screenshot of the page under {@code target/console-screenshots/failed-*.png}.
 */
final class Browser implements AutoCloseable {
  static final Path SHOTS =
      Path.of(System.getProperty("orderbridge.screenshots.dir", "target/console-screenshots"));

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() throws IOException {
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary("CHROMIUM_BIN", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(binary("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  private static String binary(String variable, String fallback) {
    String set = System.getenv(variable);
    return set == null || set.isBlank() ? fallback : set;
  }

  /** Opens the console and signs in through its login page. */
  Browser signIn(String user, String password) {
    driver.get(SyncFixture.BASE + "/");
    type(By.id("user"), user);
    type(By.id("password"), password);
    driver.findElement(By.id("sign-in")).click();
    visible(By.id("sign-out"));
    return this;
  }

  void go(String route) {
    driver.get(SyncFixture.BASE + "/console/#" + route);
  }

  WebElement visible(By by) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> driver.findElement(by), WebElement::isDisplayed);
  }

  void type(By by, String text) {
    WebElement field = visible(by);
    // select what is there and type over it: clear() alone bypasses React's input events, and
    // React then puts the old value back
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
  }

  void choose(By by, String visibleText) {
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .untilAsserted(() -> new Select(visible(by)).selectByVisibleText(visibleText));
  }

  String text(By by) {
    return visible(by).getText();
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** What the page's console said about the Content-Security-Policy: nothing, when all is local. */
  List<String> policyViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  void width(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** A screenshot of the page as it is, as {@code target/console-screenshots/<name>.png}. */
  Path shot(String name) {
    try {
      Files.createDirectories(SHOTS);
      Path to = SHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          to,
          StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a profile left behind under target/ is cleaned with it
    }
  }

  /**
   * Keeps a screenshot of every browser a failing test has open, as the failure happens (before the
   * test's {@code @AfterEach} closes them).
   */
  static final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      if (context.getRequiredTestInstance() instanceof BrowserTest test) {
        int i = 0;
        for (Browser b : test.browsers()) {
          try {
            b.shot("failed-" + context.getRequiredTestMethod().getName() + "-" + i++);
          } catch (RuntimeException noShot) {
            failure.addSuppressed(noShot);
          }
        }
      }
      throw failure;
    }
  }

  /** A test class whose browsers {@link ScreenshotOnFailure} may photograph. */
  interface BrowserTest {
    List<Browser> browsers();
  }
}
