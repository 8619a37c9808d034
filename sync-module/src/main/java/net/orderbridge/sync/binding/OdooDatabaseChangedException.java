package net.orderbridge.sync.binding;

import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.shared.error.ProblemType;

/** Another Odoo database answers than the one the bindings belong to: nothing may be written. */
public class OdooDatabaseChangedException extends ApplicationProblem {
  public OdooDatabaseChangedException(String why) {
    super(ProblemType.CONFLICT, why);
  }
}
