package net.orderbridge.sync.odoo;

import java.util.List;
import java.util.Map;

/**
 * The one way the sync context talks to Odoo: a thin transport over the ORM's public methods, in
 * the vocabulary of OCA/connector. Two transports implement it (XML-RPC {@code execute_kw} on Odoo
 * 16-19, JSON-2 on 19+); callers can't tell which one they got.
 *
 * <p><b>Values are exposed as Odoo sends them</b>, normalised only in Java type: records are {@code
 * Map<String, Object>}, arrays are {@code List<Object>}, integers are {@code Long}, floats {@code
 * Double}, plus {@code String} and {@code Boolean}. In particular:
 *
 * <ul>
 *   <li>an empty value of any non-boolean field arrives as {@code Boolean.FALSE} (never null):
 *       turning it into null or empty is the mapper's job;
 *   <li>a many2one arrives as a two-element list {@code [id, "display name"]}, x2many as a list of
 *       ids;
 *   <li>datetimes are strings {@code "YYYY-MM-DD HH:MM:SS"} in UTC, dates {@code "YYYY-MM-DD"};
 *       Odoo refuses ISO strings with {@code T} or {@code Z} in writes, so mappers must send that
 *       form.
 * </ul>
 *
 * <p>Arguments take the same types; {@code null} is refused inside values (XML-RPC cannot carry it:
 * send {@code false}). A domain is a list of conditions {@code List.of("state", "=", "draft")} and
 * operators ({@code "|"}, {@code "&"}, {@code "!"}). Null optional arguments ({@code fields},
 * {@code limit}, {@code order}, {@code context}) are left out of the request.
 *
 * <p>Every method throws a subclass of {@link OdooException} whose {@link ErrorType} says what a
 * retry can do; none of them retries by itself (Odoo has no idempotency key).
 */
public interface OdooClient {

  /** The server's version; needs no credentials. */
  OdooServerVersion version();

  /**
   * Checks the credentials and returns the user id they belong to.
   *
   * @throws OdooAuthenticationException when Odoo refuses them
   */
  long authenticate();

  /**
   * {@code search_read}: the records matching {@code domain}, with {@code fields} (all if null).
   */
  List<Map<String, Object>> searchRead(
      String model,
      List<?> domain,
      List<String> fields,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context);

  /**
   * {@code read}: the records with these ids. Odoo silently leaves out ids that don't exist, so the
   * result can be shorter than {@code ids}.
   */
  List<Map<String, Object>> read(
      String model, List<Long> ids, List<String> fields, Map<String, Object> context);

  /** {@code search}: the ids of the records matching {@code domain}. */
  List<Long> search(
      String model,
      List<?> domain,
      int offset,
      Integer limit,
      String order,
      Map<String, Object> context);

  /** {@code search_count}. */
  long searchCount(String model, List<?> domain, Map<String, Object> context);

  /**
   * {@code create([vals, ...])}: many records in one call and one transaction, ids in the order of
   * {@code valsList}. One-to-many lines go inside as {@code List.of(0, 0, lineVals)} commands.
   */
  List<Long> create(String model, List<Map<String, Object>> valsList);

  /** {@code create(vals)}: one record. */
  long create(String model, Map<String, Object> vals);

  /** {@code write}: the same values on every record; Odoo answers {@code true}. */
  boolean write(String model, List<Long> ids, Map<String, Object> vals);

  /** {@code unlink}; Odoo answers {@code true}. */
  boolean unlink(String model, List<Long> ids);

  /**
   * Any other public method, e.g. {@code button_confirm}, {@code button_cancel}, {@code
   * name_search}. {@code ids} is null for a model-level method; {@code kwargs} (may be null) are
   * passed as keyword arguments and may carry a {@code context}.
   *
   * @return the method's result, or {@code null} when the Odoo method returned None. Over XML-RPC
   *     Odoo cannot marshal None and answers fault 1 "cannot marshal None unless allow_none is
   *     enabled" <em>after the transaction committed</em> ({@code button_cancel} does this); the
   *     XML-RPC transport recognises that fault and returns null, as JSON-2 does.
   */
  Object call(String model, String method, List<Long> ids, Map<String, Object> kwargs);

  /**
   * {@code fields_get(attributes=...)}: field name to its description ({@code type}, {@code
   * relation}, {@code required}, {@code selection}, ...). Use at start-up to learn the schema,
   * which drifts between Odoo versions.
   */
  Map<String, Map<String, Object>> fieldsGet(String model, List<String> attributes);
}
