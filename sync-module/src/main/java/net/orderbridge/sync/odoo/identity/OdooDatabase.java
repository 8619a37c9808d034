package net.orderbridge.sync.odoo.identity;

import java.util.Objects;

/**
 * One Odoo database as this service meets it: where it answers, under which name, and a fingerprint
 * that survives a new URL or database name but not another database.
 *
 * <p>The fingerprint is Odoo's {@code database.uuid} system parameter when the integration user may
 * read it (it is made when a database is created, and made anew when Odoo's database manager
 * duplicates or restores a database as a copy), and the creation stamp of the main company ({@code
 * res.company} 1, written when the database was initialised, readable by every internal user),
 * which is always read: a least-privilege integration user (Purchase / User) is refused {@code
 * ir.config_parameter} with an access error, as the reference transcripts show Odoo refusing models
 * outside a user's groups (fault 4).
 *
 * @param uuid {@code database.uuid}, null when the user may not read it
 * @param created {@code create_date} of {@code res.company} 1 ({@code YYYY-MM-DD HH:MM:SS} UTC)
 */
public record OdooDatabase(String url, String name, String uuid, String created) {

  public OdooDatabase {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Whether both are the same database: by {@code database.uuid} when both sides know it, else by
   * the company's creation stamp; when neither can be compared, they are taken as the same (the
   * only evidence there is, the URL, says nothing either way).
   */
  public boolean sameDatabaseAs(OdooDatabase other) {
    if (uuid != null && other.uuid != null) {
      return uuid.equals(other.uuid);
    }
    if (created != null && other.created != null) {
      return created.equals(other.created);
    }
    return true;
  }

  /**
   * For people: {@code odoo at http://host:8069 (database.uuid 0f3c…, created 2026-12-04
   * 10:00:00)}.
   */
  public String describe() {
    return "database "
        + name
        + " at "
        + url
        + " (database.uuid "
        + (uuid == null ? "unreadable" : uuid)
        + ", created "
        + (created == null ? "unknown" : created)
        + ")";
  }
}
