package fi.tietovahti.testsupport;

import fi.tietovahti.mail.MailProperties;
import fi.tietovahti.mail.MailSecurity;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real Dovecot, Debian's package, as the privacy mailbox's server: started as a child process with a configuration
 * of its own in a temporary directory (nothing of the system's Dovecot is read or touched), IMAP with STARTTLS and
 * IMAPS on free ports of 127.0.0.1 only, {@link TestTls}'s certificate, users from a passwd-file and each user's mail
 * in Maildir++ under the temporary directory, with Dovecot's default hierarchy separator '.'. The ACL plugin is on
 * (the owner has every right until a test takes some away), so that a test can make a folder that the server will
 * not create or write to, as an administrator would.
 *
 * <p>Run as root (CI, the developers' machines), the mail processes run as {@code nobody}: Dovecot refuses mail
 * access as root. Run as anyone else, everything runs as that user.
 */
public final class Dovecot implements AutoCloseable {

    /** A mailbox account on this server. */
    public record Account(String user, String password, Path maildir) {
    }

    public static final Path BINARY = Path.of("/usr/sbin/dovecot");
    /** The IMAP server itself: dovecot-core alone does not have it. */
    private static final Path IMAP_BINARY = Path.of("/usr/lib/dovecot/imap");
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final Path passwords;
    private final int mailUid;
    private final int mailGid;
    private final AtomicInteger deliveries = new AtomicInteger();
    private Process process;
    private int imapPort;
    private int imapsPort;

    private Dovecot(Path dir, int mailUid, int mailGid) {
        this.dir = dir;
        this.passwords = dir.resolve("passwd.d");
        this.mailUid = mailUid;
        this.mailGid = mailGid;
    }

    /**
     * Starts a Dovecot, or fails saying how to install it: a test that silently skipped would let the intake go
     * untested against a real server without anyone noticing.
     */
    public static Dovecot start() {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(IMAP_BINARY)) {
            throw new IllegalStateException("Dovecot's IMAP server is not installed (" + BINARY + ", " + IMAP_BINARY
                    + "): apt-get install dovecot-imapd (.ci/run installs it when it is missing)");
        }
        String version = run(BINARY.toString(), "--version").strip();
        if (!version.startsWith("2.3.")) {
            throw new IllegalStateException("the test configuration is written for Dovecot 2.3 (Debian 12's), found "
                    + version + "; Dovecot 2.4 changed the configuration's syntax");
        }
        try {
            Path dir = Files.createTempDirectory("tietovahti-dovecot");
            boolean root = ((Integer) Files.getAttribute(dir, "unix:uid")) == 0;
            int[] mailUser = root ? nobody() : new int[] {(Integer) Files.getAttribute(dir, "unix:uid"),
                    (Integer) Files.getAttribute(dir, "unix:gid")};
            // the mail processes (nobody) must reach their homes below it
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Dovecot dovecot = new Dovecot(dir, mailUser[0], mailUser[1]);
            dovecot.launch(root);
            Runtime.getRuntime().addShutdownHook(new Thread(dovecot::close));
            return dovecot;
        } catch (IOException e) {
            throw new UncheckedIOException("starting Dovecot failed", e);
        }
    }

    private void launch(boolean root) throws IOException {
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("home"));
        chown(dir.resolve("home"));
        Files.createDirectories(passwords);
        String lastLog = "";
        // a free port can be taken by someone else between choosing and binding it: choose again
        for (int attempt = 0; attempt < 3; attempt++) {
            imapPort = freePort();
            imapsPort = freePort();
            Files.writeString(dir.resolve("dovecot.conf"), config(root));
            Path out = dir.resolve("dovecot.out");
            process = new ProcessBuilder(BINARY.toString(), "-F", "-c", dir.resolve("dovecot.conf").toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (awaitListening()) {
                return;
            }
            stopProcess();
            lastLog = log() + readQuietly(out);
            if (!lastLog.contains("Address already in use")) {
                break;
            }
        }
        throw new IllegalStateException("Dovecot did not start; its log:\n" + lastLog);
    }

    private String config(boolean root) {
        String d = dir.toString();
        StringBuilder c = new StringBuilder();
        c.append("""
                # Written by the tests (fi.tietovahti.testsupport.Dovecot): everything in this directory, loopback only.
                protocols = imap
                listen = %1$s
                instance_name = tietovahti-test-%2$d
                base_dir = %3$s/run
                state_dir = %3$s/state
                log_path = %3$s/dovecot.log
                info_log_path = %3$s/dovecot.log
                ssl = required
                ssl_cert = <%4$s
                ssl_key = <%5$s
                disable_plaintext_auth = yes
                auth_mechanisms = plain
                # a file per user: Dovecot re-reads a changed passwd-file at most once a second, a new file at once
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN %3$s/passwd.d/%%u
                }
                userdb {
                  driver = static
                  args = uid=%6$d gid=%7$d home=%3$s/home/%%u
                }
                first_valid_uid = 1
                mail_location = maildir:~/Maildir
                mail_plugins = acl
                protocol imap {
                  mail_plugins = $mail_plugins imap_acl
                }
                plugin {
                  acl = vfile
                }
                service imap-login {
                  inet_listener imap {
                    address = %1$s
                    port = %8$d
                  }
                  inet_listener imaps {
                    address = %1$s
                    port = %9$d
                    ssl = yes
                  }
                }
                """.formatted(HOST, ProcessHandle.current().pid(), d, TestTls.certificatePem(), TestTls.keyPem(),
                mailUid, mailGid, imapPort, imapsPort));
        if (!root) {
            // Dovecot's own users and chroots need root; without it everything runs as the one user there is
            String user;
            String group;
            try {
                user = Files.getOwner(dir).getName();
                group = Files.readAttributes(dir, java.nio.file.attribute.PosixFileAttributes.class).group().getName();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            c.append("""
                    default_internal_user = %1$s
                    default_internal_group = %2$s
                    default_login_user = %1$s
                    service anvil {
                      chroot =
                    }
                    service imap-login {
                      chroot =
                    }
                    """.formatted(user, group));
        }
        return c.toString();
    }

    private boolean awaitListening() {
        // a duration, not a date: the monotonic clock, which no test day moves
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                return false;
            }
            if (accepts(imapPort) && accepts(imapsPort)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An account with an empty mailbox, known to the server at once. */
    public synchronized Account account(String user) {
        String password = "pw-" + user;
        Path home = dir.resolve("home").resolve(user);
        try {
            Files.createDirectories(home);
            chown(home);
            Path maildir = home.resolve("Maildir");
            for (String sub : List.of("cur", "new", "tmp")) {
                Files.createDirectories(maildir.resolve(sub));
                chown(maildir.resolve(sub));
            }
            chown(maildir);
            Files.writeString(passwords.resolve(user), user + ":{PLAIN}" + password + "::::::\n");
            return new Account(user, password, maildir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return HOST;
    }

    /** IMAP, upgraded with STARTTLS (the server refuses to log in without TLS). */
    public int imapPort() {
        return imapPort;
    }

    /** IMAP over implicit TLS. */
    public int imapsPort() {
        return imapsPort;
    }

    /** What a client configures to trust this server: the test certificate only. */
    public static MailProperties.Tls trust() {
        return new MailProperties.Tls(TestTls.trustStore().toString(), TestTls.PASSWORD, "PKCS12");
    }

    /**
     * Delivers messages as a mail server's delivery agent does (Postfix's local delivery, procmail): each written
     * into tmp/ and renamed into the Maildir's new/, with Unix line ends. Dovecot finds them at its next look.
     */
    public void deliver(Account account, List<byte[]> messages) {
        try {
            for (byte[] raw : messages) {
                // Maildir's unique name starts with the delivery time: the test day's, like every other clock here
                String name = TestClock.now().getEpochSecond() + ".M" + deliveries.incrementAndGet() + "P"
                        + ProcessHandle.current().pid() + ".tietovahti-test";
                Path tmp = account.maildir().resolve("tmp").resolve(name);
                Files.write(tmp, new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                chown(tmp);
                Files.move(tmp, account.maildir().resolve("new").resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers messages over IMAPS with APPEND, as a mail client saving into the mailbox would. */
    public void append(Account account, List<byte[]> messages) throws Exception {
        try (Store store = store(account)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Session session = Session.getInstance(new Properties());
            for (byte[] raw : messages) {
                inbox.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(raw))});
            }
            inbox.close(false);
        }
    }

    /** The number of messages in the folder (its name as the server writes it), 0 for a folder that does not exist. */
    public int count(Account account, String folderName) throws Exception {
        try (Store store = store(account)) {
            return Mailbox.count(store, folderName);
        }
    }

    /** A connected IMAPS store of the account, trusting the test certificate only. */
    public Store store(Account account) throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", MailSecurity.socketFactory(trust()));
        p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        p.setProperty("mail.imaps.connectiontimeout", "10000");
        p.setProperty("mail.imaps.timeout", "30000");
        Store store = Session.getInstance(p).getStore("imaps");
        store.connect(HOST, imapsPort, account.user(), account.password());
        return store;
    }

    /** The server's log (logins, with whether they were over TLS; errors behind a client's "Internal error"). */
    public String log() {
        return readQuietly(dir.resolve("dovecot.log"));
    }

    @Override
    public synchronized void close() {
        stopProcess();
        deleteQuietly(dir);
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        // SIGTERM: the master stops its children (logins, IMAP sessions) before it exits
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void chown(Path path) throws IOException {
        if ((Integer) Files.getAttribute(path, "unix:uid") != mailUid) {
            Files.setAttribute(path, "unix:uid", mailUid);
        }
        if ((Integer) Files.getAttribute(path, "unix:gid") != mailGid) {
            Files.setAttribute(path, "unix:gid", mailGid);
        }
    }

    /** nobody's uid and gid, from /etc/passwd: the mail processes' user when the tests run as root. */
    private static int[] nobody() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            String[] f = lines.filter(l -> l.startsWith("nobody:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no user nobody in /etc/passwd for Dovecot's mail"))
                    .split(":");
            return new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])};
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }

    private static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary directory: what is left goes with the machine
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }
}
