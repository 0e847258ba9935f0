package fi.tietovahti.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;

/**
 * One self-signed certificate for the tests' TLS mail servers (GreenMail, Dovecot), for {@code localhost} and
 * 127.0.0.1, made with the JDK's keytool, so that nothing but a JDK is needed: the key store the servers present,
 * a trust store holding only the certificate (what an operator configures as tietovahti.mail.tls.trust-store), and
 * the same as PEM files for Dovecot.
 */
public final class TestTls {

    public static final String PASSWORD = "changeit";
    private static Path dir;

    private TestTls() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("tietovahti-tls");
                Path keys = d.resolve("server.p12");
                keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore",
                        keys.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
                keytool("-exportcert", "-alias", "mail", "-keystore", keys.toString(), "-storepass", PASSWORD, "-rfc",
                        "-file", d.resolve("cert.pem").toString());
                keytool("-importcert", "-noprompt", "-alias", "mail", "-file", d.resolve("cert.pem").toString(),
                        "-keystore", d.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keys)) {
                    store.load(in, PASSWORD.toCharArray());
                }
                Key key = store.getKey("mail", PASSWORD.toCharArray());
                Files.writeString(d.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                        key.getEncoded()) + "\n-----END PRIVATE KEY-----\n");
                dir = d;
            } catch (Exception e) {
                throw new IllegalStateException("making the test certificate failed", e);
            }
        }
        return dir;
    }

    /** The servers' key store (PKCS12, password {@value #PASSWORD}). */
    public static Path serverKeyStore() {
        return dir().resolve("server.p12");
    }

    /** The clients' trust store: the certificate only (PKCS12, password {@value #PASSWORD}). */
    public static Path trustStore() {
        return dir().resolve("trust.p12");
    }

    public static Path certificatePem() {
        return dir().resolve("cert.pem");
    }

    public static Path keyPem() {
        return dir().resolve("key.pem");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + out);
        }
    }
}
