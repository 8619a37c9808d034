package net.orderbridge.simulator;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a simulator on a free port for a test class and stops it after; faults are cleared after
 * each test. Use it as {@code @RegisterExtension static OdooSimulatorExtension odoo = new
 * OdooSimulatorExtension();} (a static field: one server per class; an instance field: one per
 * test).
 */
public final class OdooSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final UnaryOperator<OdooSimulator.Builder> settings;
  private OdooSimulator simulator;
  private boolean perClass;

  public OdooSimulatorExtension() {
    this(b -> b);
  }

  /** With settings, e.g. {@code b -> b.apiKey("k").version("17.0")}; the port is always free. */
  public OdooSimulatorExtension(UnaryOperator<OdooSimulator.Builder> settings) {
    this.settings = settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    simulator = settings.apply(OdooSimulator.builder()).port(0).build().start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      simulator = settings.apply(OdooSimulator.builder()).port(0).build().start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (simulator != null) {
      simulator.faults().clear();
      if (!perClass) {
        simulator.stop();
        simulator = null;
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.stop();
      simulator = null;
    }
  }

  public OdooSimulator simulator() {
    return simulator;
  }

  public String url() {
    return simulator.url();
  }

  public int port() {
    return simulator.port();
  }
}
