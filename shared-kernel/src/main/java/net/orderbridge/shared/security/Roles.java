package net.orderbridge.shared.security;

/**
 * The application's roles, as declared in {@code web.xml} and mapped to groups in {@code
 * server.xml}.
 */
public final class Roles {
  public static final String PURCHASER = "purchaser";
  public static final String SYNC_OPERATOR = "sync-operator";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
