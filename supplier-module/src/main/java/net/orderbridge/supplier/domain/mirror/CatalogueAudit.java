package net.orderbridge.supplier.domain.mirror;

import java.util.List;

/** The catalogue's audit: what each refresh from Odoo changed in the mirror. */
public interface CatalogueAudit {

  void add(CatalogueChange change);

  /** The newest {@code limit} changes, newest first. */
  List<CatalogueChange> latest(int limit);
}
