package net.orderbridge.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a password still has its demo value (see {@link DemoPasswords}): the message
 * names the variables to set. Liberty's {@code <variable>} elements, the environment and system
 * properties all count; the configuration is read on every probe, so setting the variable in a
 * configuration drop-in turns the probe UP without a restart.
 */
@Readiness
@ApplicationScoped
public class DemoPasswordReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Config config = ConfigProvider.getConfig();
    List<String> demo = DemoPasswords.stillSet(name -> config.getOptionalValue(name, String.class));
    if (demo.isEmpty()) {
      return HealthCheckResponse.up("passwords");
    }
    return HealthCheckResponse.named("passwords")
        .down()
        .withData(
            "message",
            String.join(", ", demo)
                + (demo.size() == 1 ? " still has its" : " still have their")
                + " demo value: set "
                + String.join(", ", demo)
                + " to a password of your own")
        .build();
  }
}
