package net.orderbridge.sync.alert;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Evaluates the alerts every {@code sync.alert.interval} (default 30 s). Unlike the push and pull
 * timers this one is <b>not persistent</b>: persistent timers live in PostgreSQL, and the alert
 * that PostgreSQL does not answer must still be raised. So every instance evaluates; the store's
 * unique open alert per name keeps one alert, and one announcement, per condition.
 */
@Singleton
@Startup
public class AlertTimer {
  @Resource TimerService timers;
  private final EvaluateAlerts evaluate;
  private final AlertSettings settings;

  @Inject
  public AlertTimer(EvaluateAlerts evaluate, AlertSettings settings) {
    this.evaluate = evaluate;
    this.settings = settings;
  }

  /** For the EJB container. */
  public AlertTimer() {
    this(null, null);
  }

  @PostConstruct
  void schedule() {
    long millis = settings.interval().toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig("orderbridge-alerts", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    evaluate.evaluate();
  }
}
