package net.orderbridge.sync.status;

/** Asks Odoo whether it answers, through the same fault-tolerant gateway the push uses. */
public interface OdooConnectionProbe {

  OdooConnection check();

  /**
   * @param circuit {@code OPEN} or {@code CLOSED}, as the gateway's calls last met it
   * @param version Odoo's version when it answered, else the last one known, else null
   * @param transport {@code XMLRPC} or {@code JSON2}
   */
  record OdooConnection(
      boolean reachable, String circuit, String version, String transport, String error) {}
}
