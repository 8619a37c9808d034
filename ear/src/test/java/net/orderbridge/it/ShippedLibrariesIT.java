package net.orderbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * No pre-release artefact ships (issue #13 point 10): every library in the EAR, in its {@code lib/}
 * and in the WAR's {@code WEB-INF/lib/}, is a final release. The version comes from the jar's Maven
 * {@code pom.properties}, else its manifest, else its file name; a jar of no known version fails
 * too. OrderBridge's own modules are the only snapshots allowed.
 */
class ShippedLibrariesIT {
  private static final Path EAR = Path.of("target", "orderbridge.ear");
  private static final Pattern PRE_RELEASE =
      Pattern.compile(
          "(?i)(^|[.\\-_])(alpha|beta|rc|cr|m|milestone|snapshot|preview)[.\\-_]?\\d*($|[.\\-_])");
  private static final Pattern VERSION_IN_NAME = Pattern.compile("-(\\d[^/]*)\\.jar$");

  @Test
  void everyLibraryInTheEarIsAFinalRelease() throws IOException {
    List<String> libraries = new ArrayList<>();
    List<String> preReleases = new ArrayList<>();
    try (ZipFile ear = new ZipFile(EAR.toFile())) {
      for (ZipEntry entry : ear.stream().toList()) {
        if (entry.getName().endsWith(".jar")) {
          check(entry.getName(), ear.getInputStream(entry).readAllBytes(), libraries, preReleases);
        } else if (entry.getName().endsWith(".war")) {
          checkWebLibraries(ear.getInputStream(entry), libraries, preReleases);
        }
      }
    }

    assertThat(libraries).as("libraries found in %s", EAR).contains("lib/jedis.jar");
    assertThat(preReleases).as("pre-release or unversioned libraries in the EAR").isEmpty();
  }

  @Test
  void preReleaseVersionsAreToldFromFinalOnes() {
    assertThat(
            List.of("0.1.1-beta2", "2.0.0.Beta1", "1.0-rc1", "6.0.0.RC2", "3.0.0-M2", "1-SNAPSHOT"))
        .allMatch(version -> PRE_RELEASE.matcher(version).find());
    assertThat(List.of("5.2.0", "20240303", "2.21", "13.12.1", "1.0.2", "20240303.0.0"))
        .noneMatch(version -> PRE_RELEASE.matcher(version).find());
  }

  private static void checkWebLibraries(
      InputStream war, List<String> libraries, List<String> preReleases) throws IOException {
    try (ZipInputStream entries = new ZipInputStream(war)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
          check(entry.getName(), entries.readAllBytes(), libraries, preReleases);
        }
      }
    }
  }

  private static void check(
      String name, byte[] jar, List<String> libraries, List<String> preReleases)
      throws IOException {
    libraries.add(name);
    Properties coordinates = coordinates(jar);
    if ("net.orderbridge".equals(coordinates.getProperty("groupId"))) {
      return;
    }
    String version = coordinates.getProperty("version");
    if (version == null) {
      var inName = VERSION_IN_NAME.matcher(name);
      version = inName.find() ? inName.group(1) : null;
    }
    if (version == null || PRE_RELEASE.matcher(version).find()) {
      preReleases.add(name + " " + version);
    }
  }

  /** groupId and version from META-INF/maven's pom.properties, else the manifest's version. */
  private static Properties coordinates(byte[] jar) throws IOException {
    Properties found = new Properties();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().startsWith("META-INF/maven/")
            && entry.getName().endsWith("/pom.properties")) {
          found.load(entries);
          return found;
        }
        if ("META-INF/MANIFEST.MF".equals(entry.getName())) {
          var attributes = new Manifest(entries).getMainAttributes();
          String version = attributes.getValue("Bundle-Version");
          version = version != null ? version : attributes.getValue("Implementation-Version");
          if (version != null) {
            found.setProperty("version", version);
          }
        }
      }
    }
    return found;
  }
}
