package net.orderbridge.web.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * This instance's request rate limit and login throttle, set from MicroProfile Config: {@code
 * API_RATE_LIMIT} (requests per second and user, default {@value #DEFAULT_RATE}; 0 = off), {@code
 * API_RATE_BURST} (default {@value #DEFAULT_BURST}), {@code LOGIN_FAILURES_PER_USER} (default
 * {@value #DEFAULT_PER_USER}), {@code LOGIN_FAILURES_PER_ADDRESS} (default {@value
 * #DEFAULT_PER_ADDRESS}) and {@code LOGIN_FAILURE_WINDOW} (default 5 minutes). Refusals are counted
 * in {@code api_throttled_total{reason}}, failed logins in {@code login_failures_total}.
 */
@ApplicationScoped
public class AbuseLimits {
  static final double DEFAULT_RATE = 10_000;
  static final double DEFAULT_BURST = 10_000;
  static final int DEFAULT_PER_USER = 10;
  static final int DEFAULT_PER_ADDRESS = 100;
  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

  private ApiRateLimit rate;
  private LoginThrottle logins;
  private MetricRegistry metrics;

  protected AbuseLimits() {}

  @Inject
  public AbuseLimits(Config config, MetricRegistry metrics) {
    this.metrics = metrics;
    this.rate =
        new ApiRateLimit(
            config.getOptionalValue("API_RATE_LIMIT", Double.class).orElse(DEFAULT_RATE),
            config.getOptionalValue("API_RATE_BURST", Double.class).orElse(DEFAULT_BURST),
            System::nanoTime);
    this.logins =
        new LoginThrottle(
            config
                .getOptionalValue("LOGIN_FAILURES_PER_USER", Integer.class)
                .orElse(DEFAULT_PER_USER),
            config
                .getOptionalValue("LOGIN_FAILURES_PER_ADDRESS", Integer.class)
                .orElse(DEFAULT_PER_ADDRESS),
            config.getOptionalValue("LOGIN_FAILURE_WINDOW", Duration.class).orElse(DEFAULT_WINDOW),
            System::nanoTime);
  }

  /** Zero when {@code user} may send this request, else how long until it may. */
  public Duration admitRequest(String user) {
    Duration wait = rate.admit(user);
    if (!wait.isZero()) {
      throttled("rate-limit");
    }
    return wait;
  }

  /** Empty when a login of {@code user} from {@code address} may be checked. */
  public Optional<Duration> loginBlocked(String user, String address) {
    Optional<Duration> wait = logins.blocked(user, address);
    wait.ifPresent(w -> throttled("login-failures"));
    return wait;
  }

  public void loginFailed(String user, String address) {
    metrics.counter("login_failures_total").inc();
    logins.failed(user, address);
  }

  public void loginSucceeded(String user) {
    logins.succeeded(user);
  }

  private void throttled(String reason) {
    metrics.counter("api_throttled_total", new Tag("reason", reason)).inc();
  }
}
