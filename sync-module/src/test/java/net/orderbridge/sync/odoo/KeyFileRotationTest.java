package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import net.orderbridge.supplier.fixture.MutableClock;
import net.orderbridge.sync.fixture.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An API key in {@code ODOO_API_KEY_FILE} is followed while the server runs. */
class KeyFileRotationTest {
  private static final String OLD = "old-key-0c8e1f0d6b8a4d5e9f31";
  private static final String NEW = "new-key-7a2b9c4e1d3f5a6b8c90";
  private static final String SAME_LENGTH = "old-key-0c8e1f0d6b8a4d5e9f32";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock();
  private CapturedLog log;
  private Path file;

  @BeforeEach
  void keyFile() throws IOException {
    log = CapturedLog.of(OdooKeyFile.class.getName());
    file = dir.resolve("odoo-api-key");
    Files.writeString(file, OLD + "\n");
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  @Test
  void aChangedFileGivesTheNextCallTheNewKeyAndALoadTimeButNeverTheKeyInALog() throws IOException {
    OdooSecret secret = OdooSecret.fromFile(file, clock);
    Instant first = secret.loading().loadedAt();
    assertThat(secret.reveal()).isEqualTo(OLD);
    assertThat(secret.generation()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(5));
    rewrite(NEW + "\n");

    assertThat(secret.reveal()).isEqualTo(NEW);
    assertThat(secret.generation()).isEqualTo(2);
    assertThat(secret.loading().loadedAt()).isEqualTo(first.plus(Duration.ofMinutes(5)));
    assertThat(secret.loading().source()).isEqualTo("ODOO_API_KEY_FILE");
    assertThat(secret.loading().file()).isEqualTo(file.toString());
    assertThat(secret.loading().problem()).isNull();
    assertThat(messages())
        .anySatisfy(m -> assertThat(m).contains("Loaded a new Odoo API key", file.toString()));
    assertThat(String.join("\n", messages())).doesNotContain(OLD).doesNotContain(NEW);
    assertThat(secret.loading().toString()).doesNotContain(NEW);
    assertThat(secret.inUse()).as("what the sync log masks").containsExactly(NEW, OLD);
    assertThat(secret.redact("key " + OLD + " then " + NEW))
        .as("an answer to a call made with the old key may still arrive")
        .doesNotContain(OLD)
        .doesNotContain(NEW);
  }

  @Test
  void anUnchangedFileIsNotReadAgainUntilOdooRefusesTheKey() throws IOException {
    OdooSecret secret = OdooSecret.fromFile(file, clock);
    FileTime modified = Files.getLastModifiedTime(file);
    // the same inode, size and modification time: what a coarse file system shows for a rewrite
    // within its resolution. Only a read could see the new content.
    Files.writeString(file, SAME_LENGTH + "\n");
    Files.setLastModifiedTime(file, modified);

    assertThat(secret.reveal()).as("only the file's attributes were looked at").isEqualTo(OLD);
    assertThat(secret.generation()).isEqualTo(1);

    assertThat(secret.reloadAfterRefusal(1)).as("a newer key is there to try").isTrue();
    assertThat(secret.reveal()).isEqualTo(SAME_LENGTH);
    assertThat(secret.reloadAfterRefusal(2)).as("the file holds no newer key").isFalse();
  }

  @Test
  void aKeyLoadedMeanwhileByAnotherCallIsWorthATryToo() throws IOException {
    OdooSecret secret = OdooSecret.fromFile(file, clock);
    long used = secret.generation();
    rewrite(NEW);
    assertThat(secret.reveal()).isEqualTo(NEW); // another call loaded it

    assertThat(secret.reloadAfterRefusal(used)).isTrue();
  }

  @Test
  void anEmptyFileAfterARotationKeepsTheKeyInUseAndSaysSoOnce() throws IOException {
    OdooSecret secret = OdooSecret.fromFile(file, clock);
    Instant loaded = secret.loading().loadedAt();
    rewrite("  \n");

    for (int call = 0; call < 3; call++) {
      assertThat(secret.reveal()).isEqualTo(OLD);
    }
    assertThat(secret.reloadAfterRefusal(1)).isFalse();
    assertThat(secret.loading().loadedAt()).isEqualTo(loaded);
    assertThat(secret.loading().problem()).contains("is empty", "stays in use", file.toString());
    assertThat(warnings()).hasSize(1);

    rewrite(NEW);
    assertThat(secret.reveal()).isEqualTo(NEW);
    assertThat(secret.loading().problem()).isNull();
  }

  @Test
  void aMissingOrUnreadableFileKeepsTheKeyInUseAndNeverThrows() throws IOException {
    OdooSecret secret = OdooSecret.fromFile(file, clock);
    Files.delete(file);

    assertThatCode(
            () -> {
              for (int call = 0; call < 3; call++) {
                assertThat(secret.reveal()).isEqualTo(OLD);
              }
            })
        .doesNotThrowAnyException();
    assertThat(secret.reloadAfterRefusal(1)).isFalse();
    assertThat(secret.loading().problem()).contains("cannot be read", "NoSuchFileException");
    assertThat(warnings()).hasSize(1);

    Files.createDirectory(file); // a path that exists but cannot be read as a file
    assertThat(secret.reveal()).isEqualTo(OLD);
    assertThat(secret.loading().problem()).contains("cannot be read");

    Files.delete(file);
    Files.writeString(file, NEW);
    assertThat(secret.reveal()).isEqualTo(NEW);
    assertThat(secret.loading().problem()).isNull();
    assertThat(String.join("\n", messages())).doesNotContain(OLD).doesNotContain(NEW);
  }

  @Test
  void aKeyFromTheEnvironmentStaysAsItWas() {
    OdooSecret secret = new OdooSecret(OdooSecret.Kind.API_KEY, OLD);
    assertThat(secret.reloadAfterRefusal(secret.generation())).isFalse();
    assertThat(secret.reveal()).isEqualTo(OLD);
    assertThat(secret.loading().source()).isEqualTo("ODOO_API_KEY");
    assertThat(secret.loading().file()).isNull();
    assertThat(new OdooSecret(OdooSecret.Kind.PASSWORD, OLD).loading().source())
        .isEqualTo("ODOO_PASSWORD");
  }

  /** Writes the file anew with a modification time that surely differs from the last one. */
  private void rewrite(String content) throws IOException {
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
  }

  private List<String> messages() {
    return log.messages();
  }

  private List<String> warnings() {
    return log.records().stream()
        .filter(r -> r.getLevel() == Level.WARNING)
        .map(LogRecord::getMessage)
        .toList();
  }
}
