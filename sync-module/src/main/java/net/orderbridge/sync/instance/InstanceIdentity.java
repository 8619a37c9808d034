package net.orderbridge.sync.instance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's name on the outbox claims it takes: {@code sync.instance.id} ({@code
 * SYNC_INSTANCE_ID}), by default {@code <host>/<Liberty server name>@<server directory>}.
 *
 * <p>The name must be <b>stable across restarts of the same server</b>, because that is what it is
 * for: a server restarted after a crash finds the claims it held under the same name and releases
 * them (see {@code OwnClaims}) instead of waiting out their lease. So it is neither the process id
 * nor a random id, which change with every start. Host, server name and server directory together
 * are what a restart keeps and what tells apart two servers on one host (two Liberty servers, or
 * two installations of the same server name). In a container, where the host name is a new random
 * one on every start, set {@code sync.instance.id} to the pod's stable name (a StatefulSet ordinal,
 * say).
 *
 * <p>The name must also be <b>unique among live instances</b>: an instance starting under the name
 * of another that is running would release that one's claims while it works on them, and two
 * workers would push the same orders at once. Names longer than the column (255) are shortened to a
 * hash.
 */
@ApplicationScoped
public class InstanceIdentity {
  static final int MAX_LENGTH = 255;

  private final Optional<String> configured;

  @Inject
  public InstanceIdentity(@ConfigProperty(name = "sync.instance.id") Optional<String> configured) {
    this.configured = configured;
  }

  /** For CDI's client proxy. */
  protected InstanceIdentity() {
    this(null);
  }

  private String id;

  @PostConstruct
  void decide() {
    id = fit(configured.map(String::trim).filter(v -> !v.isEmpty()).orElseGet(this::derived));
  }

  public String id() {
    return id;
  }

  private String derived() {
    String server = System.getProperty("wlp.server.name", "server");
    String directory =
        System.getProperty("server.config.dir", System.getProperty("user.dir", "unknown"));
    return host() + "/" + server + "@" + directory;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unnamed) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
    }
  }

  static String fit(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_LENGTH - 65) + "#" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
