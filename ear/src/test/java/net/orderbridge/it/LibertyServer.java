package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server the build created ({@code wlp/usr/servers/<name>}), started and stopped by a
 * test with {@code bin/server} as an operator would, e.g. to restart it or to give it other
 * environment variables.
 */
public final class LibertyServer {
  private static final HttpClient HTTP = Api.client();

  /**
   * The drop-in that points an installation at another database (TwoInstancesPushIT puts the matrix
   * server's installation on the main suite's database). Liberty reads every file of {@code
   * configDropins/overrides} at start, so one left behind by a failed clean-up would make the next
   * start of that installation run against the wrong database.
   */
  static final String OTHER_DATABASE_DROP_IN = "configDropins/overrides/same-database.xml";

  private final Path dir;
  private final String baseUrl;
  private boolean pointedAtOtherDatabase;

  /**
   * @param dir the server's directory, {@code .../wlp/usr/servers/<name>}
   * @param baseUrl where it serves HTTP, e.g. {@code http://127.0.0.1:19080}
   */
  public LibertyServer(Path dir, String baseUrl) {
    this.dir = dir;
    this.baseUrl = baseUrl;
  }

  /** The server of the build's {@code orderbridge.server.dir} at {@code orderbridge.url}. */
  public static LibertyServer fromSystemProperties() {
    return new LibertyServer(
        Path.of(System.getProperty("orderbridge.server.dir")),
        System.getProperty("orderbridge.url", "http://127.0.0.1:9080"));
  }

  public String name() {
    return dir.getFileName().toString();
  }

  public Path dir() {
    return dir;
  }

  /** {@code bin/server start} with the test JVM's environment. */
  public void start() {
    start(Map.of(), List.of());
  }

  /**
   * {@code bin/server start} with {@code environment} added to the test JVM's environment minus the
   * variables named by {@code removed} (prefixes ending in {@code *}, or names); then waits until
   * {@code /health/ready} answers 200.
   */
  public void start(Map<String, String> environment, List<String> removed) {
    launch(environment, removed);
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> status("/health/ready") == 200);
  }

  /**
   * {@code bin/server start} as {@link #start(Map, List)}, without waiting for readiness. A
   * database drop-in that this object did not write (left behind by an earlier test) is removed
   * first.
   */
  public void launch(Map<String, String> environment, List<String> removed) {
    if (!pointedAtOtherDatabase) {
      forgetOtherDatabase();
    }
    ProcessBuilder start = new ProcessBuilder(script().toString(), "start", name());
    Map<String, String> env = start.environment();
    for (String name : removed) {
      if (name.endsWith("*")) {
        String prefix = name.substring(0, name.length() - 1);
        env.keySet().removeIf(k -> k.startsWith(prefix));
      } else {
        env.remove(name);
      }
    }
    env.putAll(environment);
    assertThat(run(start)).as("bin/server start " + name()).isZero();
  }

  /** The HTTP status of a GET of {@code path}, without credentials. */
  public int statusOf(String path) throws IOException, InterruptedException {
    return status(path);
  }

  /**
   * Points the installation at the database {@code name} from its next start on, with a drop-in
   * that stays until {@link #forgetOtherDatabase()}.
   */
  public void pointAtDatabase(String name) {
    Path dropIn = dir.resolve(OTHER_DATABASE_DROP_IN);
    try {
      Files.createDirectories(dropIn.getParent());
      Files.writeString(
          dropIn,
          "<server><variable name=\"DB_NAME\" value=\"" + name + "\"/></server>\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pointedAtOtherDatabase = true;
  }

  /** Removes the drop-in of {@link #pointAtDatabase}, if there is one: back to its own database. */
  public void forgetOtherDatabase() {
    try {
      Files.deleteIfExists(dir.resolve(OTHER_DATABASE_DROP_IN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pointedAtOtherDatabase = false;
  }

  /** {@code bin/server stop}: an orderly shutdown; {@code kill -9} when it leaves the server up. */
  public void stop() {
    run(new ProcessBuilder(script().toString(), "stop", name()));
    process()
        .filter(ProcessHandle::isAlive)
        .filter(this::isThisInstallation)
        .ifPresent(
            server -> {
              server.destroyForcibly();
              server.onExit().orTimeout(1, TimeUnit.MINUTES).join();
            });
  }

  /** {@code kill -9} of the server process. */
  public void kill() throws Exception {
    ProcessHandle server = process().orElseThrow();
    server.destroyForcibly();
    server.onExit().get();
  }

  /** Whether the process named by the server's pid file is alive. */
  public boolean running() {
    return process().map(ProcessHandle::isAlive).orElse(false);
  }

  private Optional<ProcessHandle> process() {
    Path pidFile = dir.resolveSibling(".pid/" + name() + ".pid");
    try {
      return ProcessHandle.of(
          Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the process runs this installation (a stale pid file may name another process). */
  private boolean isThisInstallation(ProcessHandle server) {
    String installation = dir.getParent().getParent().getParent().toString();
    return server.info().commandLine().map(c -> c.contains(installation)).orElse(false);
  }

  /** The files of {@code logs/} (messages, console, trace, FFDC) that contain {@code text}. */
  public List<Path> logsContaining(String text) {
    Path logs = dir.resolve("logs");
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(logs)) {
      return found;
    }
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
          found.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private Path script() {
    return dir.getParent().getParent().getParent().resolve("bin/server");
  }

  private int status(String path) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Runs the command; its output goes to this JVM's {@code System.out} (not its native stdout). */
  private static int run(ProcessBuilder command) {
    try {
      Process process = command.redirectErrorStream(true).start();
      System.out.print(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
