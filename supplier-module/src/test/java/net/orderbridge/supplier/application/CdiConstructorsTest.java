package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CDI proxies every {@code @ApplicationScoped} bean: the container subclasses it through a
 * non-private no-argument constructor, and a final class or a public final method makes the bean
 * unproxyable, which fails the deployment. The use cases take their ports through an
 * {@code @Inject} constructor, so each keeps such a constructor beside it; a bean made through it
 * holds nothing.
 */
class CdiConstructorsTest {

  @Test
  void everyApplicationScopedBeanCanBeProxied() throws Exception {
    List<Class<?>> beans = applicationScopedBeans();

    assertThat(beans).contains(MirrorLoader.class, RefreshCatalogue.class, SkippedRecordLog.class);
    for (Class<?> bean : beans) {
      assertThat(Modifier.isFinal(bean.getModifiers())).as("%s is final", bean).isFalse();
      assertThat(Arrays.stream(bean.getDeclaredMethods()))
          .as("public final methods of %s", bean)
          .noneMatch(
              m -> Modifier.isPublic(m.getModifiers()) && Modifier.isFinal(m.getModifiers()));
      Constructor<?> forProxies = bean.getDeclaredConstructor();
      assertThat(Modifier.isPrivate(forProxies.getModifiers()))
          .as("no-argument constructor of %s is private", bean)
          .isFalse();
      Object proxyBase = forProxies.newInstance();
      assertThat(proxyBase).isInstanceOf(bean);
    }
  }

  private static List<Class<?>> applicationScopedBeans() throws URISyntaxException {
    Path root =
        Path.of(MirrorLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(MirrorLoader.class.getPackageName().replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .<Class<?>>map(
              n -> load(MirrorLoader.class.getPackageName() + "." + n.replace(".class", "")))
          .filter(c -> c.isAnnotationPresent(ApplicationScoped.class))
          .toList();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
