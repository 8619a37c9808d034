package net.orderbridge.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The Liberty runtime the build installed in {@code ear/target/liberty/wlp}, run with a user
 * directory of its own ({@code .run/wlp-usr}) that holds the configuration an operator deploys (the
 * drop-in {@code configDropins/overrides/orderbridge.xml} and the example registry), the top-level
 * development {@code server.xml} with its demo passwords, the freshly built EAR, the JDBC driver
 * and a {@code jvm.options} with the memory settings under which the push benchmark kept the server
 * below 512 MB (README, Benchmarks). {@code JVM_ARGS} comes after {@code jvm.options} on Liberty's
 * command line, so it overrides them. The first start creates a random keystore password in {@code
 * server.env}, as {@code server create} does, and Liberty a self-signed certificate for HTTPS.
 */
final class LibertyServer {
  private static final String SERVER_NAME = "orderbridge";
  private static final String DROP_IN = "configDropins/overrides/orderbridge.xml";
  private static final String USERS = "orderbridge-users.xml";
  private static final String JVM_OPTIONS =
      """
      # written by the launcher on every start; JVM_ARGS overrides these (e.g. JVM_ARGS=-Xmx512m)
      -Xmx192m
      -XX:+UseSerialGC
      """;

  private final Path wlp;
  private final Path userDir;

  private LibertyServer(Path wlp, Path userDir) {
    this.wlp = wlp;
    this.userDir = userDir;
  }

  static LibertyServer prepare(Path home, Path runDir) throws IOException {
    Path wlp = home.resolve("ear/target/liberty/wlp");
    Path built = wlp.resolve("usr/servers/defaultServer");
    Path ear = home.resolve("ear/target/orderbridge.ear");
    String hint = "build first (see README, Run)";
    Launcher.requireFile(wlp.resolve("bin"), hint);
    Launcher.requireFile(ear, hint);
    Launcher.requireFile(built.resolve("jdbc/postgresql.jar"), hint);

    Path userDir = runDir.resolve("wlp-usr");
    Path server = userDir.resolve("servers").resolve(SERVER_NAME);
    Files.createDirectories(server.resolve("apps"));
    Files.createDirectories(server.resolve("jdbc"));
    Path deployed = home.resolve("ear/src/main/liberty/config");
    Files.createDirectories(server.resolve(DROP_IN).getParent());
    copy(deployed.resolve(DROP_IN), server.resolve(DROP_IN));
    copy(deployed.resolve(USERS), server.resolve(USERS));
    copy(home.resolve("server.xml"), server.resolve("server.xml"));
    Path serverEnv = server.resolve("server.env");
    if (!Files.exists(serverEnv)) {
      Files.writeString(serverEnv, "keystore_password=" + randomPassword() + "\n", UTF_8);
    }
    copy(ear, server.resolve("apps/orderbridge.ear"));
    copy(built.resolve("jdbc/postgresql.jar"), server.resolve("jdbc/postgresql.jar"));
    Files.writeString(server.resolve("jvm.options"), JVM_OPTIONS, UTF_8);
    return new LibertyServer(wlp, userDir);
  }

  Process start(Map<String, String> environment) throws IOException {
    boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
    Path script = wlp.resolve(windows ? "bin/server.bat" : "bin/server");
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "run", SERVER_NAME).inheritIO();
    builder.environment().putAll(environment);
    // glibc's malloc arenas, one per core and thread burst, cost the JVM tens of MB of resident
    // memory for nothing here; two keep the process under 512 MB (README, Benchmarks)
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    builder.environment().put("WLP_USER_DIR", userDir.toString());
    return builder.start();
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
