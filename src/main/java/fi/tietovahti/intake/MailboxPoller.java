package fi.tietovahti.intake;

import fi.tietovahti.mail.MailProperties;
import fi.tietovahti.mail.MailSecurity;
import fi.tietovahti.mail.MailTokens;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Authenticator;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLSocketFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reads the privacy mailbox with Spring Integration's IMAP receiver and hands each message to {@link MailIntake}.
 * The order makes a message count once: first the case (or task) and the message's record are committed, only then
 * does the message leave the inbox for the processed folder. A crash between the two leaves it in the inbox; the
 * next poll finds it again, {@link MailIntake} recognises it, and it is moved without a second case. Nothing is
 * deleted or flagged on the server before that (the receiver's own marker flag lands on detached copies); every
 * message not deleted is looked at.
 */
@Component
public class MailboxPoller implements DisposableBean {

    /** One poll: messages seen, and what became of each. */
    public record Poll(int seen, List<MailIntake.Taken> taken) {
    }

    /** Between taking messages and moving them: the crash test stops the service here. */
    interface Checkpoint {
        void afterTaken(List<MailIntake.Taken> taken);
    }

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntake intake;
    private final MailProperties.Imap imap;
    private final MailProperties.Tls tls;
    private final MailTokens tokens;
    private final MailboxHealth health;
    private final IntakeProperties properties;
    /** UIDs of messages taken (or tried) but still in the inbox: they queue behind new mail. */
    private final Set<Long> attempted = ConcurrentHashMap.newKeySet();
    private final BeanFactory beanFactory;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final ExecutorService workers;
    private volatile ImapMailReceiver receiver;
    private volatile Checkpoint checkpoint = taken -> { };
    private volatile boolean running = true;
    private Thread idleThread;

    MailboxPoller(MailIntake intake, MailProperties mail, IntakeProperties properties, BeanFactory beanFactory,
                  MailTokens tokens, MailboxHealth health) {
        this.intake = intake;
        this.beanFactory = beanFactory;
        this.imap = mail.imap();
        this.tls = mail.tls();
        this.tokens = tokens;
        this.health = health;
        if (imap.auth() == MailProperties.Auth.XOAUTH2 && !tokens.configured()) {
            throw new IllegalStateException("tietovahti.mail.imap.auth is XOAUTH2 but tietovahti.mail.oauth2.token-uri"
                    + " is not set");
        }
        this.properties = properties;
        workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread t = new Thread(runnable, "mailbox-intake");
            t.setDaemon(true);
            return t;
        });
        scheduler.setThreadNamePrefix("mailbox-idle-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    /**
     * Takes every message in the inbox (up to max-fetch): each one's case or task is committed on its own; then the
     * batch leaves the inbox for the processed folder in one command.
     */
    public synchronized Poll pollOnce() throws MessagingException {
        ImapMailReceiver r = receiver();
        Object[] received;
        try {
            received = r.receive();
        } catch (MessagingException | RuntimeException e) {
            health.readFailed(readFailure(e));
            if (imap.auth() == MailProperties.Auth.XOAUTH2 && rootCause(e) instanceof AuthenticationFailedException) {
                tokens.invalidate(); // revoked before its expiry: the next attempt asks for a new one
            }
            throw e;
        }
        health.read();
        List<Long> uids = new ArrayList<>();
        boolean moveFailed = false;
        List<Future<MailIntake.Taken>> taking = new ArrayList<>();
        List<Message> done = new ArrayList<>();
        List<MailIntake.Taken> taken = new ArrayList<>();
        Closeable folderCloser = null;
        try {
            // each message in a transaction of its own, several at a time: the database's commits overlap
            for (Object o : received) {
                org.springframework.messaging.Message<?> m = (org.springframework.messaging.Message<?>) o;
                folderCloser = m.getHeaders().get(IntegrationMessageHeaderAccessor.CLOSEABLE_RESOURCE, Closeable.class);
                WholeMessageImapReceiver.Fetched message = (WholeMessageImapReceiver.Fetched) m.getPayload();
                taking.add(workers.submit(() -> takeSafely(message.raw, message.receivedAt)));
                done.add(message.original);
                uids.add(message.uid);
            }
            List<Message> committed = new ArrayList<>();
            List<Long> committedUids = new ArrayList<>();
            for (int i = 0; i < taking.size(); i++) {
                MailIntake.Taken t = result(taking.get(i));
                if (uids.get(i) >= 0) {
                    attempted.add(uids.get(i));
                }
                if (t != null) {
                    taken.add(t);
                    committed.add(done.get(i));
                    committedUids.add(uids.get(i));
                }
            }
            checkpoint.afterTaken(taken);
            // a message that could not even go to triage stays in the inbox for the next poll; the others go
            if (!committed.isEmpty()) {
                try {
                    moveToProcessed(committed.toArray(Message[]::new));
                    committedUids.forEach(attempted::remove);
                    health.moved();
                } catch (MessagingException | RuntimeException e) {
                    // the cases are committed; the messages stay in the inbox and are recognised next time. Loud:
                    // an inbox that only grows is a mailbox that no longer works
                    String reason = "to the processed folder '" + imap.processedFolder() + "': "
                            + e.getClass().getSimpleName() + ": " + e.getMessage();
                    health.moveFailed(reason, attempted.size());
                    log.error("Moving {} taken messages failed, they stay in the inbox: {}", committed.size(), reason);
                    moveFailed = true;
                }
            }
        } finally {
            if (folderCloser != null) {
                try {
                    folderCloser.close();
                } catch (IOException e) {
                    log.warn("Closing the mailbox folder failed: {}", e.toString());
                }
            }
        }
        if (moveFailed) {
            resetReceiver(); // the server may have dropped the connection: start the next poll on a new one
        }
        return new Poll(received.length, taken);
    }

    /** A message's outcome, or null for one that could not even go to triage. */
    private static MailIntake.Taken result(Future<MailIntake.Taken> taken) {
        try {
            return taken.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking mail", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("taking a message failed unexpectedly; the batch stays in the inbox",
                    e.getCause());
        }
    }

    private MailIntake.Taken takeSafely(byte[] raw, Instant receivedAt) {
        RuntimeException failure;
        try {
            return intake.take(raw, receivedAt);
        } catch (DataIntegrityViolationException e) {
            // most likely the same message twice in one batch: the other delivery committed first and is now seen
            try {
                return intake.take(raw, receivedAt);
            } catch (RuntimeException again) {
                failure = again;
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        // the class only: a database error can quote the row, and the row is a stranger's mail
        log.error("Taking a mail failed ({}); it goes to triage", failure.getClass().getName());
        try {
            return intake.takeAsUnprocessable(raw, receivedAt, failure.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("A mail could not even go to triage ({}); it stays in the inbox and is tried again",
                    e.getClass().getName());
            return null;
        }
    }

    /** Moves taken messages out of the inbox: IMAP MOVE where the server has it, else copy, delete, expunge. */
    private void moveToProcessed(Message[] messages) throws MessagingException {
        Folder inbox = messages[0].getFolder();
        Folder processed = processedFolder(inbox);
        if (inbox instanceof IMAPFolder imapFolder) {
            try {
                imapFolder.moveMessages(messages, processed);
                return;
            } catch (MessagingException e) {
                log.debug("IMAP MOVE not available ({}); copying and deleting", e.toString());
            }
        }
        inbox.copyMessages(messages, processed);
        inbox.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
        inbox.expunge();
    }

    /**
     * The processed folder, its levels joined with the server's own hierarchy separator ('.' on Dovecot's Maildir,
     * '/' on Exchange and Gmail), created when missing.
     */
    private Folder processedFolder(Folder inbox) throws MessagingException {
        char separator = inbox.getStore().getDefaultFolder().getSeparator();
        String name = String.join(String.valueOf(separator), imap.processedFolder().split("/"));
        Folder processed = inbox.getStore().getFolder(name);
        if (processed.exists() && (processed.getType() & Folder.HOLDS_MESSAGES) == 0) {
            throw new MessagingException("the folder '" + name + "' exists but cannot hold messages (it only holds"
                    + " folders); configure another tietovahti.mail.imap.processed-folder");
        }
        if (!processed.exists()) {
            create(processed, name);
            processed = inbox.getStore().getFolder(name);
            processed.setSubscribed(true);
            log.info("Created the processed folder '{}' in the privacy mailbox", name);
        }
        return processed;
    }

    /**
     * CREATE, failing with the server's own reason ("[NOPERM] Permission denied", "Invalid mailbox name: ..."):
     * Folder.create only answers false, and the health endpoint would tell the DPO that the folder was refused
     * but not why.
     */
    private static void create(Folder folder, String name) throws MessagingException {
        if (folder instanceof IMAPFolder imapFolder) {
            try {
                imapFolder.doCommand(protocol -> {
                    protocol.create(name);
                    return null;
                });
            } catch (MessagingException e) {
                throw new MessagingException("the server refused to create the folder '" + name + "': "
                        + e.getMessage(), e);
            }
        } else if (!folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("the server refused to create the folder '" + name + "'");
        }
    }

    /** The login or token refusal in the chain of causes if there is one, else the deepest cause. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 20; depth++) {
            if (t instanceof AuthenticationFailedException || t instanceof MailTokens.TokenRefused
                    || t.getCause() == null || t.getCause() == t) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    /** What to tell the DPO: the kind of failure and the server's words, never a message's content. */
    private String readFailure(Exception e) {
        Throwable root = rootCause(e);
        if (root instanceof AuthenticationFailedException) {
            return "the server refused the login of " + imap.username() + " (" + imap.auth() + "): " + root.getMessage();
        }
        if (root instanceof MailTokens.TokenRefused) {
            return root.getMessage();
        }
        if (root instanceof javax.net.ssl.SSLException || root instanceof java.security.cert.CertificateException
                || root instanceof java.security.GeneralSecurityException) {
            return "TLS with " + imap.host() + " failed (is its certificate in tietovahti.mail.tls.trust-store?): "
                    + root;
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + (root == e ? "" : " (" + root + ")");
    }

    @Scheduled(fixedDelayString = "${tietovahti.intake.poll-every}", initialDelayString = "${tietovahti.intake.poll-every}")
    void scheduledPoll() {
        if (properties.mode() != IntakeProperties.Mode.POLL) {
            return;
        }
        pollLogged();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startIdling() {
        if (properties.mode() != IntakeProperties.Mode.IDLE) {
            return;
        }
        idleThread = new Thread(this::idleLoop, "mailbox-idle");
        idleThread.setDaemon(true);
        idleThread.start();
    }

    /** Waits for the server's announcement of new mail; a server without IDLE is polled instead. */
    private void idleLoop() {
        while (running) {
            if (!pollLogged()) {
                // a message that cannot even go to triage, or the server refusing us: do not spin on it
                sleep();
                continue;
            }
            try {
                receiver().waitForNewMessages();
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Waiting for mail failed ({}); polling again in {}", e.toString(), properties.pollEvery());
                resetReceiver();
                sleep();
            }
        }
    }

    /** One poll, its failure logged (without personal data); whether it went through. */
    private boolean pollLogged() {
        try {
            Poll poll = pollOnce();
            if (poll.seen() > 0) {
                log.info("Mailbox: {} messages seen, {} taken", poll.seen(), poll.taken().size());
            }
            return true;
        } catch (Exception e) {
            // the server is down or refused us, or a message could not be taken: nothing was moved, try again later
            log.warn("Reading the mailbox failed: {}", e.toString());
            resetReceiver();
            return false;
        }
    }

    private synchronized ImapMailReceiver receiver() {
        if (receiver == null) {
            String url = imap.protocol() + "://" + imap.host() + ":" + imap.port() + "/" + imap.folder();
            ImapMailReceiver r = new WholeMessageImapReceiver(url, properties.maxFetch(), attempted);
            Properties javaMail = new Properties();
            String p = "mail." + imap.protocol();
            javaMail.setProperty(p + ".user", nullToEmpty(imap.username()));
            javaMail.setProperty(p + ".ssl.checkserveridentity", "true");
            if (imap.startTlsRequired()) {
                javaMail.setProperty(p + ".starttls.enable", "true");
                javaMail.setProperty(p + ".starttls.required", "true");
            }
            SSLSocketFactory trust = MailSecurity.socketFactory(tls);
            javaMail.put(p + ".ssl.socketFactory", trust);
            if (imap.auth() == MailProperties.Auth.XOAUTH2) {
                javaMail.setProperty(p + ".auth.mechanisms", "XOAUTH2");
            }
            javaMail.setProperty("mail." + imap.protocol() + ".connectiontimeout", "10000");
            javaMail.setProperty("mail." + imap.protocol() + ".timeout", "60000");
            // the whole message is read anyway: one FETCH instead of one per 16 kB (which some servers, GreenMail
            // among them, answer by rendering the whole message each time)
            javaMail.setProperty("mail." + imap.protocol() + ".partialfetch", "false");
            r.setJavaMailProperties(javaMail);
            r.setJavaMailAuthenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    // called at each (re)connection: an OAuth2 token is fetched or renewed here
                    String secret = imap.auth() == MailProperties.Auth.XOAUTH2 ? tokens.accessToken()
                            : nullToEmpty(imap.password());
                    return new PasswordAuthentication(nullToEmpty(imap.username()), secret);
                }
            });
            r.setShouldDeleteMessages(false);
            r.setShouldMarkMessagesAsRead(false);
            // every message still in the inbox counts: a taken one is recognised by MailIntake, not by a flag
            r.setSearchTermStrategy((flags, folder) -> new NotTerm(new FlagTerm(new Flags(Flags.Flag.DELETED), true)));
            r.setAutoCloseFolder(false);
            r.setTaskScheduler(scheduler);
            r.setBeanFactory(beanFactory);
            r.afterPropertiesSet();
            receiver = r;
        }
        return receiver;
    }

    private synchronized void resetReceiver() {
        if (receiver != null) {
            try {
                receiver.destroy();
            } catch (RuntimeException e) {
                log.debug("Closing the receiver failed: {}", e.toString());
            }
            receiver = null;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(properties.pollEvery().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    void setCheckpoint(Checkpoint checkpoint) {
        this.checkpoint = checkpoint == null ? taken -> { } : checkpoint;
    }

    /** Drops the IMAP connection as a stopped service would: nothing moved, nothing expunged. */
    void disconnect() {
        resetReceiver();
    }

    @Override
    public void destroy() {
        running = false;
        if (receiver != null) {
            receiver.cancelPing();
        }
        resetReceiver();
        if (idleThread != null) {
            idleThread.interrupt();
        }
        scheduler.shutdown();
        workers.shutdown();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
