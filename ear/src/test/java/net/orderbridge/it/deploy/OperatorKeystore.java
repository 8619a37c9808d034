package net.orderbridge.it.deploy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An operator's own PKCS12 keystore, made with the JDK's {@code keytool}: a self-signed certificate
 * for {@code localhost} and {@code 127.0.0.1}, and an HTTP client that trusts exactly it.
 */
record OperatorKeystore(Path file, String password, String subject) {
  private static final String ALIAS = "orderbridge";

  static OperatorKeystore create(Path file, String password, String commonName) throws Exception {
    PlainServer.run(
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair",
            "-keystore",
            file.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            password,
            "-alias",
            ALIAS,
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-validity",
            "2",
            "-dname",
            "CN=" + commonName,
            "-ext",
            "SAN=dns:localhost,ip:127.0.0.1"));
    return new OperatorKeystore(file, password, "CN=" + commonName);
  }

  X509Certificate certificate() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password.toCharArray());
    }
    return (X509Certificate) store.getCertificate(ALIAS);
  }

  /** A client that trusts this certificate and no other. */
  HttpClient trustingClient() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry(ALIAS, certificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }
}
