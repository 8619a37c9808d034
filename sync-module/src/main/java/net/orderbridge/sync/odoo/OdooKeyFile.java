package net.orderbridge.sync.odoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The API key in {@code ODOO_API_KEY_FILE}, followed while the server runs so that a rotated key is
 * used without a restart.
 *
 * <p><b>When the file is read.</b> Before each use of the key the file's attributes are compared
 * with those of the last read (modification time, size, file key: one {@code stat}, a few
 * microseconds beside an Odoo call of milliseconds), and the file is read again only when they
 * changed. A mounted Kubernetes secret is replaced by a symbolic-link swap, which gives the path a
 * new file key; an editor or {@code cp} changes the modification time. No timer thread is needed
 * (Jakarta EE wants managed threads), and a key is never read that nobody uses. A file rewritten in
 * place within the file system's time resolution with a key of the same length looks unchanged: for
 * that, {@link #reloadNow()} reads it whatever its attributes after Odoo refused the key.
 *
 * <p><b>A file that goes wrong</b> (missing, unreadable, empty) after the start never stops the
 * service: the key loaded last stays in use, one WARNING says why (again only when the reason
 * changes) and {@link #problem()} reports it until the file holds a key again. The key's value
 * never reaches a log or a message: they name the file and the time only.
 */
final class OdooKeyFile {
  private static final Logger LOG = Logger.getLogger(OdooKeyFile.class.getName());

  /** The key in use, the one before it (Odoo may still echo it), a counter of loads, and when. */
  record Loaded(String value, String previous, long generation, Instant at) {}

  /** What identifies one version of the file without reading it. */
  private record Stamp(FileTime modified, long size, Object fileKey) {}

  private final Path path;
  private final Clock clock;
  private volatile Loaded loaded;
  private volatile Stamp seen;
  private volatile String problem;

  /** Reads the key once; a file that cannot give one refuses the start. */
  OdooKeyFile(Path path, Clock clock) {
    this.path = Objects.requireNonNull(path, "path");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.seen = stamp();
      String key = read();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("ODOO_API_KEY_FILE " + path + " is empty");
      }
      this.loaded = new Loaded(key, null, 1, clock.instant());
    } catch (IOException e) {
      // the message names the file, never its content
      throw new UncheckedIOException("cannot read ODOO_API_KEY_FILE " + path, e);
    }
  }

  Path path() {
    return path;
  }

  /** The key to use now: the file's, read again first when it changed since the last read. */
  Loaded current() {
    Stamp now;
    try {
      now = stamp();
    } catch (IOException e) {
      seen = null; // read it again as soon as it is back
      report("cannot be read (" + e.getClass().getSimpleName() + ")");
      return loaded;
    }
    return now.equals(seen) ? loaded : reload(now);
  }

  /** Reads the file whatever its attributes (after Odoo refused the key in use). */
  Loaded reloadNow() {
    try {
      return reload(stamp());
    } catch (IOException e) {
      seen = null;
      report("cannot be read (" + e.getClass().getSimpleName() + ")");
      return loaded;
    }
  }

  /** Why the key in use is not the file's, or null when it is. */
  String problem() {
    return problem;
  }

  private synchronized Loaded reload(Stamp stamp) {
    Loaded before = loaded;
    String key;
    try {
      key = read();
    } catch (IOException e) {
      seen = null;
      report("cannot be read (" + e.getClass().getSimpleName() + ")");
      return before;
    }
    seen = stamp;
    if (key.isEmpty()) {
      report("is empty");
      return before;
    }
    if (problem != null) {
      LOG.info(() -> "ODOO_API_KEY_FILE " + path + " holds a key again");
      problem = null;
    }
    if (key.equals(before.value())) {
      return before;
    }
    Loaded next = new Loaded(key, before.value(), before.generation() + 1, clock.instant());
    loaded = next;
    LOG.info(
        () ->
            "Loaded a new Odoo API key from ODOO_API_KEY_FILE "
                + path
                + " (file modified "
                + stamp.modified()
                + "); the calls to Odoo use it from now on");
    return next;
  }

  private synchronized void report(String what) {
    String text =
        "ODOO_API_KEY_FILE "
            + path
            + " "
            + what
            + ": the key loaded at "
            + loaded.at()
            + " stays in use";
    if (!text.equals(problem)) {
      problem = text;
      LOG.warning(text);
    }
  }

  private Stamp stamp() throws IOException {
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
    return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
  }

  private String read() throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8).strip();
  }
}
