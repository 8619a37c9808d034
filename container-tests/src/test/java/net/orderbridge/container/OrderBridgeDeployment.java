package net.orderbridge.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import net.orderbridge.container.probe.TimerProbe;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the in-container tests deploy: the EAR the build made ({@code orderbridge.ear}, as it
 * ships), plus a test WAR holding the test classes (Arquillian's servlet protocol joins it) and a
 * {@link TimerProbe} inside the sync-module's EJB jar, whose timers only a bean of that module can
 * list.
 */
final class OrderBridgeDeployment {
  /** Not {@code orderbridge.ear}: the drop-in's own application of that name stays undeployed. */
  static final String NAME = "orderbridge-arq.ear";

  private static final String TEST_WAR = "container-tests.war";
  private static final String SYNC_MODULE = "sync-module.jar";
  private static final ArchivePath APPLICATION_XML =
      ArchivePaths.create("META-INF/application.xml");

  private OrderBridgeDeployment() {}

  static EnterpriseArchive withTests(Class<?>... testClasses) {
    File built = new File(System.getProperty("orderbridge.ear", "../ear/target/orderbridge.ear"));
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, NAME).importFrom(built).as(EnterpriseArchive.class);

    JavaArchive sync =
        ShrinkWrap.create(JavaArchive.class, SYNC_MODULE)
            .merge(ear.getAsType(JavaArchive.class, SYNC_MODULE))
            .addClasses(TimerProbe.class, TimerProbe.TimerFact.class);
    ear.delete(SYNC_MODULE);
    ear.add(sync, "/", ZipExporter.class);

    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, TEST_WAR)
            .addClasses(testClasses)
            .addClasses(InContainer.class, ObservedEvents.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibraries(jarOf(Assertions.class));
    ear.addAsModule(Testable.archiveToTest(tests));

    String applicationXml = read(ear);
    ear.delete(APPLICATION_XML);
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "<library-directory>",
                "<module><web><web-uri>"
                    + TEST_WAR
                    + "</web-uri><context-root>/container-tests</context-root></web></module>\n"
                    + "  <library-directory>")));
    return ear;
  }

  /** The jar a class of the test class path comes from, for the test WAR's WEB-INF/lib. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no jar for " + type, e);
    }
  }

  private static String read(EnterpriseArchive ear) {
    try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!xml.contains("<library-directory>")) {
        throw new IllegalStateException("unexpected application.xml in the built EAR: " + xml);
      }
      return xml;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built EAR's application.xml", e);
    }
  }
}
