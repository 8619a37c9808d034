package archfixture.transportcycle.sync.odoo.xmlrpc;

public class XmlRpcClient implements archfixture.transportcycle.sync.odoo.Client {}
