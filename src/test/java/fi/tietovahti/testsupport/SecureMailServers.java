package fi.tietovahti.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The mail servers a landlord's IT really has, as far as a test can have them: a GreenMail that speaks implicit TLS
 * (IMAPS, SMTPS) with {@link TestTls}'s certificate and SASL XOAUTH2, beside plain ports, and a real OAuth2
 * authorization server (mock-oauth2-server) that issues, expires and refuses client-credentials tokens. GreenMail
 * accepts an XOAUTH2 login when the token equals the user's password: a test sets the password to the token the
 * authorization server issued, and changes it to revoke the token. Started once, on first use.
 */
public final class SecureMailServers {

    public static final String OAUTH_USER = "tietosuoja-oauth@hekaoy.fi";
    public static final String ISSUER = "entra";

    private static GreenMail greenMail;
    private static MockOAuth2Server oauth2;

    private SecureMailServers() {
    }

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            // GreenMail reads its TLS key store from these once, when it first opens a TLS socket
            System.setProperty("greenmail.tls.keystore.file", TestTls.serverKeyStore().toString());
            System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
            System.setProperty("greenmail.tls.key.password", TestTls.PASSWORD);
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser(OAUTH_USER, OAUTH_USER, "no-token-yet"));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    public static synchronized MockOAuth2Server oauth2() {
        if (oauth2 == null) {
            oauth2 = new MockOAuth2Server();
            oauth2.start();
            Runtime.getRuntime().addShutdownHook(new Thread(oauth2::shutdown));
        }
        return oauth2;
    }

    public static String tokenUri() {
        return oauth2().tokenEndpointUrl(ISSUER).toString();
    }

    /** What the mail server now accepts as the user's token (GreenMail checks it as the password). */
    public static void acceptToken(String token) {
        greenMail().getUserManager().getUser(OAUTH_USER).setPassword(token);
    }
}
