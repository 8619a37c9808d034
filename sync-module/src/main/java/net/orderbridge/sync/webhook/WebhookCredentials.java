package net.orderbridge.sync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets a webhook must prove: the token in its path, and, when a signing secret is
 * configured, an {@code X-Odoo-Signature: sha256=<hex HMAC-SHA256 of the body>} header. Both
 * comparisons take the same time whatever the input, so neither secret can be guessed byte by byte.
 * {@code toString} never shows them.
 */
public final class WebhookCredentials {
  private static final String PREFIX = "sha256=";
  private final byte[] tokenDigest;
  private final Optional<byte[]> signingKey;

  public WebhookCredentials(String token, String signingSecret) {
    this.tokenDigest = sha256(Objects.requireNonNull(token, "token"));
    this.signingKey =
        signingSecret == null || signingSecret.isBlank()
            ? Optional.empty()
            : Optional.of(signingSecret.getBytes(StandardCharsets.UTF_8));
  }

  public boolean tokenMatches(String presented) {
    return presented != null && MessageDigest.isEqual(tokenDigest, sha256(presented));
  }

  /**
   * True when the body carries a valid signature, or when no signing secret is configured and the
   * body is unsigned (Odoo's own sender can't sign). A signature that can't be checked is refused.
   */
  public boolean signatureAccepted(byte[] body, String header) {
    return signatureAccepted(new byte[0], body, header);
  }

  /**
   * {@link #signatureAccepted(byte[], String)} of a timestamped webhook: the signature covers
   * {@code <timestamp>.<body>}, so a replayer cannot move the timestamp without breaking it.
   */
  public boolean signatureAccepted(long timestamp, byte[] body, String header) {
    return signatureAccepted((timestamp + ".").getBytes(StandardCharsets.US_ASCII), body, header);
  }

  /** Whether a signing secret is configured. */
  public boolean signed() {
    return signingKey.isPresent();
  }

  private boolean signatureAccepted(byte[] prefix, byte[] body, String header) {
    if (signingKey.isEmpty()) {
      return header == null;
    }
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim().toLowerCase());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(hmac(prefix, body), presented);
  }

  private byte[] hmac(byte[] prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingKey.orElseThrow(), "HmacSHA256"));
      mac.update(prefix);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public String toString() {
    return "WebhookCredentials[token=***, signed=" + signingKey.isPresent() + "]";
  }
}
