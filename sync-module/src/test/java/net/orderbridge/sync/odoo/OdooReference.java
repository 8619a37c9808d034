package net.orderbridge.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The transcripts of a real Odoo 19 in {@code ../shared/odoo-reference}, read at test time. Missing
 * files fail the test: these transcripts are the specification.
 */
public final class OdooReference {
  public static final Path DIR = locate();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded JSON-2 answer. */
  public record Json2Answer(int status, String contentType, byte[] body) {}

  private OdooReference() {}

  private static Path locate() {
    String override = System.getProperty("odoo.reference.dir");
    Path dir =
        override != null
            ? Path.of(override)
            : Path.of(System.getProperty("user.dir")).resolve("../../shared/odoo-reference");
    if (!Files.isRegularFile(dir.resolve("faults.json"))) {
      throw new IllegalStateException("Odoo reference transcripts not found in " + dir.normalize());
    }
    return dir.normalize();
  }

  public static byte[] xmlrpcResponse(String name) {
    return bytes(DIR.resolve("xmlrpc/" + name + ".response.xml"));
  }

  public static JsonNode faults() {
    return json(DIR.resolve("faults.json"));
  }

  public static JsonNode json2Request(String name) {
    return json(DIR.resolve("json2/" + name + ".request.json"));
  }

  public static Json2Answer json2Answer(String name) {
    List<String> headers = lines(DIR.resolve("json2/" + name + ".response.headers"));
    int status = Integer.parseInt(headers.get(0).split(" ")[1]);
    String type =
        headers.stream()
            .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-type:"))
            .map(h -> h.substring(h.indexOf(':') + 1).trim())
            .findFirst()
            .orElse("application/octet-stream");
    return new Json2Answer(status, type, bytes(DIR.resolve("json2/" + name + ".response.json")));
  }

  public static List<String> json2Errors() {
    try (Stream<Path> files = Files.list(DIR.resolve("json2"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains("_err_") && n.endsWith(".response.headers"))
          .map(n -> n.substring(0, n.length() - ".response.headers".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Path path) {
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
