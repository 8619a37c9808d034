package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start of an installation never runs on a database drop-in an earlier test left behind, while
 * the test that points it at another database keeps its own. {@code bin/server} here is a stand-in
 * that notes which drop-ins it found at start.
 */
class LibertyServerTest {
  @TempDir Path wlp;

  @Test
  void aStartRemovesADatabaseDropInLeftBehindByAnEarlierTest() throws IOException {
    Path server = installation();
    Path stale = server.resolve("configDropins/overrides/same-database.xml");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "<server/>", StandardCharsets.UTF_8);

    new LibertyServer(server, "http://127.0.0.1:1").launch(Map.of(), List.of());

    assertThat(Files.readString(wlp.resolve("seen-at-start"), StandardCharsets.UTF_8)).isBlank();
    assertThat(stale).doesNotExist();
  }

  @Test
  void aServerPointedAtAnotherDatabaseStartsOnItUntilItForgetsIt() throws IOException {
    Path server = installation();
    LibertyServer second = new LibertyServer(server, "http://127.0.0.1:1");

    second.pointAtDatabase("main_suite");
    second.launch(Map.of(), List.of());

    assertThat(Files.readString(wlp.resolve("seen-at-start"), StandardCharsets.UTF_8))
        .contains("same-database.xml");
    assertThat(
            Files.readString(
                server.resolve("configDropins/overrides/same-database.xml"),
                StandardCharsets.UTF_8))
        .contains("value=\"main_suite\"");
    second.forgetOtherDatabase();
    assertThat(server.resolve("configDropins/overrides/same-database.xml")).doesNotExist();
  }

  /** {@code wlp/usr/servers/second} with a {@code bin/server} that lists the drop-ins it finds. */
  private Path installation() throws IOException {
    Path server = Files.createDirectories(wlp.resolve("usr/servers/second"));
    Path script = Files.createDirectories(wlp.resolve("bin")).resolve("server");
    Files.writeString(
        script,
        "#!/bin/sh\nls \""
            + server.resolve("configDropins/overrides")
            + "\" > \""
            + wlp.resolve("seen-at-start")
            + "\" 2>/dev/null\nexit 0\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return server;
  }
}
