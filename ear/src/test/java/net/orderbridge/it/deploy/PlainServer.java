package net.orderbridge.it.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A server made with {@code bin/server create} from a Liberty installation, in a user directory of
 * its own, and handled as an operator would: files copied, {@code server.env} appended to, {@code
 * bin/server start} and {@code stop} with an environment holding nothing but the basics.
 *
 * @param wlp the Liberty installation
 * @param userDir the user directory ({@code WLP_USER_DIR}) of the server
 * @param name the server's name
 */
record PlainServer(Path wlp, Path userDir, String name) {

  /** The server's directory, {@code ${server.config.dir}}. */
  Path dir() {
    return userDir.resolve("servers").resolve(name);
  }

  void create() throws Exception {
    server("create");
  }

  void start() throws Exception {
    server("start");
  }

  void stop() throws Exception {
    server("stop");
  }

  /** Removes {@code text} from the server's {@code server.xml}. */
  void removeFromServerXml(String text) throws IOException {
    Path serverXml = dir().resolve("server.xml");
    Files.writeString(serverXml, Files.readString(serverXml, UTF_8).replace(text, ""), UTF_8);
  }

  /** Unzips {@code zip} into the server's directory. */
  void unzip(Path zip) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = dir().resolve(entry.getName()).normalize();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  void copy(String from, String to) throws IOException {
    Files.copy(dir().resolve(from), dir().resolve(to));
  }

  /**
   * Appends the variables to {@code server.env}, after a line break (the file has none at its end).
   */
  void appendToServerEnv(List<String> variables) throws IOException {
    Files.writeString(
        dir().resolve("server.env"),
        "\n" + String.join("\n", variables) + "\n",
        UTF_8,
        StandardOpenOption.APPEND);
  }

  String messages() throws IOException {
    return Files.readString(dir().resolve("logs/messages.log"), UTF_8);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** Runs the command and requires it to succeed. */
  static void run(ProcessBuilder command) throws Exception {
    Process process = command.redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), UTF_8);
    }
    System.out.print(output);
    assertThat(process.waitFor()).as(String.join(" ", command.command()) + "\n" + output).isZero();
  }

  private void server(String action) throws Exception {
    ProcessBuilder command = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name);
    Map<String, String> env = command.environment();
    env.keySet().retainAll(List.of("PATH", "HOME", "LANG", "JAVA_HOME", "TMPDIR"));
    env.put("WLP_USER_DIR", userDir.toString());
    run(command);
  }
}
