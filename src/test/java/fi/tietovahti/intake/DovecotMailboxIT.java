package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.mail.MailProperties;
import fi.tietovahti.mail.MailTokens;
import fi.tietovahti.testsupport.Dovecot;
import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy mailbox on a server nobody on the team wrote: Debian's Dovecot with Maildir (hierarchy separator '.'),
 * over STARTTLS and implicit TLS with the configured trust store ({@link Dovecot}). Pollers with their own settings
 * are driven directly, on the suite's one Spring context, as the service's would be. Dovecot refused the default
 * processed folder {@code Tietovahti/Processed} before the separator was taken from the server ("Name must not have
 * '/' characters"); this is where that stays fixed.
 */
@TietovahtiTest
class DovecotMailboxIT {

    /** The configured default, written with '/'; Dovecot's Maildir names it with its own separator. */
    private static final String PROCESSED = "Tietovahti/Processed";
    private static final String PROCESSED_ON_DOVECOT = "Tietovahti.Processed";

    static Dovecot dovecot;

    @Autowired
    MailIntake intake;
    @Autowired
    MailProperties mailProperties;
    @Autowired
    IntakeProperties intakeProperties;
    @Autowired
    BeanFactory beanFactory;
    @Autowired
    MailTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startDovecot() {
        dovecot = Dovecot.start();
    }

    @AfterAll
    static void stopDovecot() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    /** A poller like the service's for the account, over STARTTLS (imap) or implicit TLS (imaps). */
    private MailboxPoller poller(Dovecot.Account account, String protocol, MailProperties.Tls tls, int maxFetch,
                                 MailboxHealth health) {
        boolean implicit = protocol.equals("imaps");
        // REQUIRED: for 127.0.0.1 AUTO would let the connection stay plain, and STARTTLS is what is tested here
        MailProperties.Imap imap = new MailProperties.Imap(dovecot.host(),
                implicit ? dovecot.imapsPort() : dovecot.imapPort(), account.user(), account.password(), protocol,
                "INBOX", PROCESSED, implicit ? null : MailProperties.Imap.StartTls.REQUIRED,
                MailProperties.Auth.PASSWORD);
        MailProperties mail = new MailProperties(mailProperties.smtp(), imap, mailProperties.messageIdDomain(),
                mailProperties.outbox(), tls, null);
        IntakeProperties p = intakeProperties;
        return new MailboxPoller(intake, mail, new IntakeProperties(p.mode(), p.pollEvery(), maxFetch, p.workers(),
                p.maxMessageBytes(), p.maxAttachments(), p.maxAttachmentBytes()), beanFactory, tokens, health);
    }

    private static Mails request(String label) {
        return Mails.message(label).from("Eero Esimerkki", label + "@example.com").subject("Tarkastuspyyntö")
                .text("Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Terveisin Eero");
    }

    /** Requests with Message-IDs unique to the test, their bytes in {@code raw}. */
    private static List<Mails> requests(String label, int n, List<byte[]> raw) throws Exception {
        List<Mails> mails = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Mails m = request("dovecot-" + label + "-" + i);
            mails.add(m);
            raw.add(m.bytes());
        }
        return mails;
    }

    private int recordsOf(Mails mail) {
        return jdbc.queryForObject("select count(*) from tietovahti.inbound_mail where message_key = ?", Integer.class,
                "id:" + mail.messageId());
    }

    private static long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void overStartTlsMailDeliveredIntoTheMaildirIsTakenOnceAndMovedToAFolderNamedWithTheDotSeparator()
            throws Exception {
        Dovecot.Account account = dovecot.account("starttls");
        List<byte[]> raw = new ArrayList<>();
        List<Mails> mails = requests("starttls", 3, raw);
        dovecot.deliver(account, raw);

        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailboxPoller poller = poller(account, "imap", Dovecot.trust(), 50, health);
        try {
            assertThat(poller.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsExactly(MailIntake.Route.NEW_CASE, MailIntake.Route.NEW_CASE, MailIntake.Route.NEW_CASE);
            MailboxPoller.Poll again = poller.pollOnce();
            assertThat(again.seen()).as("nothing left to take").isZero();
        } finally {
            poller.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        for (Mails m : mails) {
            assertThat(recordsOf(m)).as(m.messageId()).isEqualTo(1);
        }

        // the server's own view: the folder Tietovahti.Processed, separator '.', holding the three; the inbox empty
        try (Store store = dovecot.store(account)) {
            assertThat(store.getDefaultFolder().getSeparator()).isEqualTo('.');
            Folder processed = store.getFolder(PROCESSED_ON_DOVECOT);
            assertThat(processed.exists()).isTrue();
            assertThat(processed.isSubscribed()).isTrue();
            processed.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (jakarta.mail.Message m : processed.getMessages()) {
                ids.add(m.getHeader("Message-ID")[0]);
            }
            processed.close(false);
            assertThat(ids).containsExactlyInAnyOrderElementsOf(mails.stream().map(Mails::messageId).toList());
        }
        assertThat(dovecot.count(account, "INBOX")).isZero();
        // and on disk, Maildir++: a directory .Tietovahti.Processed beside the inbox's cur/new/tmp
        Path processedDir = account.maildir().resolve("." + PROCESSED_ON_DOVECOT);
        assertThat(filesIn(processedDir.resolve("new")) + filesIn(processedDir.resolve("cur"))).isEqualTo(3);
        assertThat(filesIn(account.maildir().resolve("new")) + filesIn(account.maildir().resolve("cur"))).isZero();
        // the login went over TLS: STARTTLS happened, not a plain session on loopback
        assertThat(dovecot.log()).containsPattern("Login: user=<starttls>, method=PLAIN, .*, TLS");
    }

    @Test
    void overStartTlsAServerCertificateOutsideTheTrustStoreIsRefusedAndTheMailboxIsDown() throws Exception {
        Dovecot.Account account = dovecot.account("untrusted");
        List<byte[]> raw = new ArrayList<>();
        requests("untrusted", 1, raw);
        dovecot.deliver(account, raw);
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        // no trust store: the JDK's CAs, which do not know the test certificate
        MailboxPoller untrusting = poller(account, "imap", null, 50, health);
        try {
            assertThatThrownBy(untrusting::pollOnce).isInstanceOf(Exception.class);
        } finally {
            untrusting.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.problem()).contains("TLS").contains("trust-store");
        assertThat(dovecot.log()).as("the password was never sent").doesNotContain("Login: user=<untrusted>");
        assertThat(dovecot.count(account, "INBOX")).as("nothing taken, nothing moved").isEqualTo(1);
    }

    @Test
    void overImplicitTlsMoreMailThanOnePollFetchesIsAllTakenPollByPoll() throws Exception {
        Dovecot.Account account = dovecot.account("imaps");
        List<byte[]> raw = new ArrayList<>();
        List<Mails> mails = requests("imaps", 7, raw);
        dovecot.append(account, raw);

        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailboxPoller poller = poller(account, "imaps", Dovecot.trust(), 3, health);
        List<Integer> perPoll = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                perPoll.add(poller.pollOnce().taken().size());
            }
        } finally {
            poller.destroy();
        }
        assertThat(perPoll).containsExactly(3, 3, 1, 0);
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(dovecot.count(account, "INBOX")).isZero();
        assertThat(dovecot.count(account, PROCESSED_ON_DOVECOT)).isEqualTo(7);
        for (Mails m : mails) {
            assertThat(recordsOf(m)).as(m.messageId()).isEqualTo(1);
        }
    }

    @Test
    void aProcessedFolderTheServerWillNotCreateIsDownWithItsReasonAndNewMailStillComesFirst() throws Exception {
        Dovecot.Account account = dovecot.account("nocreate");
        // the administrator has made Tietovahti and left us no right to create folders in it (ACL without 'k')
        try (Store store = dovecot.store(account)) {
            IMAPFolder parent = (IMAPFolder) store.getFolder("Tietovahti");
            assertThat(parent.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS)).isTrue();
            parent.doCommand(protocol -> {
                protocol.simpleCommand("SETACL Tietovahti " + account.user() + " lrwstipe", null);
                return null;
            });
        }
        List<byte[]> first = new ArrayList<>();
        List<Mails> firstMails = requests("nocreate", 3, first);
        dovecot.deliver(account, first);

        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailboxPoller stuck = poller(account, "imaps", Dovecot.trust(), 3, health);
        List<Mails> later = new ArrayList<>();
        try {
            assertThat(stuck.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsOnly(MailIntake.Route.NEW_CASE).hasSize(3);
            assertThat(dovecot.count(account, "INBOX")).as("nothing moved").isEqualTo(3);
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.problem()).contains("3 messages already taken cannot be moved")
                    .contains(PROCESSED_ON_DOVECOT).containsIgnoringCase("permission");

            // two more arrive: with room for three a poll, they come first, not the same three again
            List<byte[]> more = new ArrayList<>();
            later.addAll(requests("nocreate-later", 2, more));
            dovecot.deliver(account, more);
            MailboxPoller.Poll next = stuck.pollOnce();
            assertThat(next.taken()).filteredOn(t -> t.route() == MailIntake.Route.NEW_CASE).hasSize(2);
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.problem()).contains("5 messages already taken");
        } finally {
            stuck.destroy();
        }

        // the administrator gives the right back: the next poll moves all five, each still taken once
        try (Store store = dovecot.store(account)) {
            ((IMAPFolder) store.getFolder("Tietovahti")).doCommand(protocol -> {
                protocol.simpleCommand("SETACL Tietovahti " + account.user() + " lrwstipekxacd", null);
                return null;
            });
        }
        MailboxPoller fixed = poller(account, "imaps", Dovecot.trust(), 50, health);
        try {
            assertThat(fixed.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsOnly(MailIntake.Route.ALREADY_TAKEN).hasSize(5);
        } finally {
            fixed.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(dovecot.count(account, "INBOX")).isZero();
        assertThat(dovecot.count(account, PROCESSED_ON_DOVECOT)).isEqualTo(5);
        for (Mails m : firstMails) {
            assertThat(recordsOf(m)).as(m.messageId()).isEqualTo(1);
        }
        for (Mails m : later) {
            assertThat(recordsOf(m)).as(m.messageId()).isEqualTo(1);
        }
    }

    @Test
    void aProcessedFolderTheServerWillNotWriteToIsDownWithItsReason() throws Exception {
        Dovecot.Account account = dovecot.account("nowrite");
        // the folder exists, but without the right to put messages into it (ACL without 'i')
        try (Store store = dovecot.store(account)) {
            IMAPFolder processed = (IMAPFolder) store.getFolder(PROCESSED_ON_DOVECOT);
            assertThat(processed.create(Folder.HOLDS_MESSAGES)).isTrue();
            processed.doCommand(protocol -> {
                protocol.simpleCommand("SETACL " + PROCESSED_ON_DOVECOT + " " + account.user() + " lrwstpekxacd",
                        null);
                return null;
            });
        }
        List<byte[]> raw = new ArrayList<>();
        requests("nowrite", 2, raw);
        dovecot.deliver(account, raw);
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        MailboxPoller poller = poller(account, "imap", Dovecot.trust(), 50, health);
        try {
            assertThat(poller.pollOnce().taken()).hasSize(2);
        } finally {
            poller.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.problem()).contains("2 messages already taken cannot be moved").contains(PROCESSED)
                .containsIgnoringCase("permission");
        assertThat(dovecot.count(account, "INBOX")).isEqualTo(2);
        assertThat(dovecot.count(account, PROCESSED_ON_DOVECOT)).isZero();
    }
}
