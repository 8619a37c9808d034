package net.orderbridge.sync.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Webhook hints received, accepted and rejected ({@code webhook_hints_total{outcome=…}}), and the
 * rejected ones by reason ({@code webhook_hints_refused_total{reason=…}}: off, address, token,
 * too-large, signature, timestamp, stopped, invalid, full), and the accepted ones that coalesced
 * into a hint already waiting for the same record ({@code webhook_hints_coalesced_total}).
 */
@ApplicationScoped
public class WebhookMetrics {
  private static final String NAME = "webhook_hints_total";

  private final MetricRegistry metrics;

  @Inject
  public WebhookMetrics(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  /** For CDI's client proxy. */
  protected WebhookMetrics() {
    this(null);
  }

  /** Creates the bean, and so its series at zero, when the application starts. */
  void start(@Observes Startup start) {}

  @PostConstruct
  void series() {
    for (String outcome : List.of("received", "accepted", "rejected")) {
      metrics.counter(NAME, new Tag("outcome", outcome));
    }
    metrics.counter("webhook.hints.coalesced");
    for (WebhookRefused.Reason reason : WebhookRefused.Reason.values()) {
      metrics.counter("webhook.hints.refused", new Tag("reason", reason.tag()));
    }
  }

  public void received() {
    metrics.counter(NAME, new Tag("outcome", "received")).inc();
  }

  public void accepted() {
    metrics.counter(NAME, new Tag("outcome", "accepted")).inc();
  }

  /** An accepted hint found one waiting for its record: no second pull. */
  public void coalesced() {
    metrics.counter("webhook.hints.coalesced").inc();
  }

  public void refused(WebhookRefused.Reason reason) {
    metrics.counter("webhook.hints.refused", new Tag("reason", reason.tag())).inc();
  }

  public void rejected() {
    metrics.counter(NAME, new Tag("outcome", "rejected")).inc();
  }
}
