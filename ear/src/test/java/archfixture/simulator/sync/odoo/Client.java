package archfixture.simulator.sync.odoo;

/** Breaks the rule: main code talks to the simulator directly. */
public class Client {
  archfixture.simulator.simulator.Server server;
}
