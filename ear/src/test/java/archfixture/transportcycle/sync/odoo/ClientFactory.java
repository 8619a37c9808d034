package archfixture.transportcycle.sync.odoo;

/** Breaks the rule: the port picks its transport, which implements the port. */
public class ClientFactory {
  Client create() {
    return new archfixture.transportcycle.sync.odoo.xmlrpc.XmlRpcClient();
  }
}
