package net.orderbridge.sync.odoo;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an Odoo server says about itself: {@code common.version()} over XML-RPC ({@code
 * server_version}, {@code server_version_info}) or {@code GET /json/version} ({@code version},
 * {@code version_info}).
 *
 * @param version the version string, e.g. {@code "19.0"} or {@code "saas~18.3"}
 * @param versionInfo the version tuple as Odoo sends it, e.g. {@code [19, 0, 0, "final", 0, ""]}
 */
public record OdooServerVersion(String version, List<Object> versionInfo) {
  private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

  public OdooServerVersion {
    Objects.requireNonNull(version, "version");
    versionInfo = versionInfo == null ? List.of() : List.copyOf(versionInfo);
  }

  /**
   * The major version: the first element of the tuple when it is a number, else the first number in
   * the version string (SaaS builds name themselves {@code saas~18.3}).
   */
  public int major() {
    if (!versionInfo.isEmpty() && versionInfo.get(0) instanceof Number n) {
      return n.intValue();
    }
    Matcher m = FIRST_NUMBER.matcher(version);
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    throw new OdooProtocolException(null, "Odoo version without a number: " + version);
  }
}
