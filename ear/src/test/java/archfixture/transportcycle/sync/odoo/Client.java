package archfixture.transportcycle.sync.odoo;

public interface Client {}
