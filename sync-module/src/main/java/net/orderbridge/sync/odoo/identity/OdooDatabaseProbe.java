package net.orderbridge.sync.odoo.identity;

/** Asks the configured Odoo which database it is (reads only). */
public interface OdooDatabaseProbe {

  /** The database answering now. Throws the Odoo client's exceptions when Odoo cannot be asked. */
  OdooDatabase current();
}
