package net.orderbridge.supplier.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@code REDIS_URL} with a password, over plain TCP and over TLS ({@code rediss://}), against a
 * redis-server of this test's own (password required, a self-signed certificate trusted through the
 * JVM's trust store), never the shared one.
 */
class RedisEndpointTest {
  private static final String PASSWORD = "s3cret-redis-pass";
  private static final Path DIR = Path.of("target", "redis-endpoint-test").toAbsolutePath();
  private static final List<Process> SERVERS = new ArrayList<>();
  private static int plainPort;
  private static int tlsPort;

  @BeforeAll
  static void startOwnRedis() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/redis-server"))).as("redis-server").isTrue();
    Files.createDirectories(DIR);
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-keyout",
        DIR.resolve("key.pem").toString(),
        "-out",
        DIR.resolve("cert.pem").toString(),
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost");
    trust(DIR.resolve("cert.pem"), DIR.resolve("trust.p12"));
    plainPort = freePort();
    tlsPort = freePort();
    start("--port", String.valueOf(plainPort));
    start(
        "--port", "0",
        "--tls-port", String.valueOf(tlsPort),
        "--tls-cert-file", DIR.resolve("cert.pem").toString(),
        "--tls-key-file", DIR.resolve("key.pem").toString(),
        "--tls-ca-cert-file", DIR.resolve("cert.pem").toString(),
        "--tls-auth-clients", "no");
  }

  @AfterAll
  static void stopOwnRedis() {
    SERVERS.forEach(Process::destroy);
  }

  @Test
  void aPasswordInTheUrlIsUsed() {
    assertRoundTrip("redis://:" + PASSWORD + "@127.0.0.1:" + plainPort, "v");
    try (UnifiedJedis withoutPassword = RedisEndpoint.connect("redis://127.0.0.1:" + plainPort)) {
      assertThatThrownBy(() -> withoutPassword.get("k")).isInstanceOf(JedisException.class);
    }
  }

  @Test
  void redissSpeaksTls() {
    assertRoundTrip("rediss://:" + PASSWORD + "@127.0.0.1:" + tlsPort, "over tls");
  }

  private static void assertRoundTrip(String url, String value) {
    try (UnifiedJedis redis = RedisEndpoint.connect(url)) {
      redis.set("k", value);
      assertThat(redis.get("k")).isEqualTo(value);
    }
  }

  @Test
  void anotherSchemeIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> RedisEndpoint.connect("http://:" + PASSWORD + "@127.0.0.1:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rediss://")
        .message()
        .doesNotContain(PASSWORD);
    assertThat(RedisEndpoint.describe("rediss://:" + PASSWORD + "@cache.example:6380"))
        .isEqualTo("rediss://cache.example:6380");
  }

  private static void start(String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of("/usr/bin/redis-server"));
    command.addAll(List.of(options));
    command.addAll(
        List.of(
            "--bind",
            "127.0.0.1",
            "--requirepass",
            PASSWORD,
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            DIR.toAbsolutePath().toString()));
    Process server =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(DIR.resolve("redis-" + SERVERS.size() + ".log").toFile())
            .start();
    SERVERS.add(server);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Files.readString(DIR.resolve("redis-" + (SERVERS.size() - 1) + ".log"))
        .contains("Ready to accept connections")) {
      assertThat(server.isAlive()).as("redis-server " + command).isTrue();
      assertThat(System.nanoTime()).as("redis-server ready").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static void trust(Path certificate, Path store) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(certificate)) {
      trust.setCertificateEntry(
          "redis", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    try (OutputStream out = Files.newOutputStream(store)) {
      trust.store(out, "changeit".toCharArray());
    }
    // the JVM's default trust store, as an operator would configure it for their Redis's CA
    System.setProperty("javax.net.ssl.trustStore", store.toAbsolutePath().toString());
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
  }
}
