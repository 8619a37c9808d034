package net.orderbridge.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.logging.Logger;
import net.orderbridge.simulator.model.Store;

/**
 * The simulator's data in a file, so that a demo Odoo keeps its database across restarts as a real
 * one does (its orders, its id sequences, its {@code database.uuid}). The file holds JDK
 * collections, numbers, strings and dates only, and is read back through a filter that refuses
 * every class outside {@code java.base}. Written to a temporary file, then moved into place: a
 * crash mid-write leaves the previous save.
 */
final class SimulatorData {
  private static final Logger LOG = Logger.getLogger(SimulatorData.class.getName());
  private static final ObjectInputFilter JDK_ONLY =
      ObjectInputFilter.Config.createFilter("maxdepth=20;java.base/*;!*");

  private SimulatorData() {}

  /** Loads the saved data into {@code store}; false when there is no file yet. */
  @SuppressWarnings("unchecked")
  static boolean load(Store store, Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file);
        ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(JDK_ONLY);
      Map<String, Object> contents = (Map<String, Object>) objects.readObject();
      store.lock().writeLock().lock();
      try {
        store.restore(contents);
      } finally {
        store.lock().writeLock().unlock();
      }
      LOG.info(() -> "Odoo simulator data loaded from " + file);
      return true;
    } catch (IOException | ClassNotFoundException | ClassCastException unreadable) {
      throw new IllegalStateException(
          "The Odoo simulator's data in " + file + " cannot be read: " + unreadable, unreadable);
    }
  }

  /** Saves a consistent view of {@code store} (taken under its read lock). */
  static void save(Store store, Path file) {
    Map<String, Object> contents;
    store.lock().readLock().lock();
    try {
      contents = store.contents();
    } finally {
      store.lock().readLock().unlock();
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (OutputStream out = Files.newOutputStream(partial);
          ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(contents);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
