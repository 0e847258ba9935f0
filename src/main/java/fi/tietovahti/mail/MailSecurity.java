package fi.tietovahti.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** TLS for the mail connections: which hosts may go without it, and the trust store both servers are checked with. */
public final class MailSecurity {

    private MailSecurity() {
    }

    /**
     * True only for this machine: {@code localhost} and literal loopback addresses. A name is not resolved: a host
     * name that happens to resolve to 127.0.0.1 today is still treated as remote.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * A socket factory trusting the configured store only, or the JDK's own trust (its CAs, or javax.net.ssl.trustStore)
     * when none is configured. Never {@code SSLSocketFactory.getDefault()}: a library in the same JVM may have replaced
     * that process-wide default (mail test servers do, with one that trusts everything).
     */
    public static SSLSocketFactory socketFactory(MailProperties.Tls tls) {
        if (tls == null || tls.trustStore() == null || tls.trustStore().isBlank()) {
            try {
                return SSLContext.getDefault().getSocketFactory();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK's TLS context cannot be created: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(tls.trustStore());
        String type = tls.trustStoreType() == null || tls.trustStoreType().isBlank() ? "PKCS12" : tls.trustStoreType();
        char[] password = tls.trustStorePassword() == null ? null : tls.trustStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("tietovahti.mail.tls.trust-store " + path + " cannot be read as " + type
                    + ": " + e.getMessage(), e);
        }
    }
}
