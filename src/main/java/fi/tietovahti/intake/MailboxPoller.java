package fi.tietovahti.intake;

import fi.tietovahti.mail.MailProperties;
import jakarta.mail.Authenticator;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reads the privacy mailbox with Spring Integration's IMAP receiver and hands each message to {@link MailIntake}.
 * The order makes a message count once: first the case (or task) and the message's record are committed, only then
 * does the message leave the inbox for the processed folder. A crash between the two leaves it in the inbox; the
 * next poll finds it again, {@link MailIntake} recognises it, and it is moved without a second case. The receiver
 * neither deletes nor marks anything by itself; it looks at every message not deleted.
 */
@Component
public class MailboxPoller implements DisposableBean {

    /** One poll: messages seen, and what became of each. */
    public record Poll(int seen, List<MailIntake.Taken> taken) {
    }

    /** Between taking a message and moving it: the crash test stops the service here. */
    interface Checkpoint {
        void afterTaken(MailIntake.Taken taken);
    }

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntake intake;
    private final MailProperties.Imap imap;
    private final IntakeProperties properties;
    private final BeanFactory beanFactory;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile ImapMailReceiver receiver;
    private volatile Checkpoint checkpoint = taken -> { };
    private volatile boolean running = true;
    private Thread idleThread;

    MailboxPoller(MailIntake intake, MailProperties mail, IntakeProperties properties, BeanFactory beanFactory) {
        this.intake = intake;
        this.beanFactory = beanFactory;
        this.imap = mail.imap();
        this.properties = properties;
        scheduler.setThreadNamePrefix("mailbox-idle-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    /** Takes every message in the inbox (up to max-fetch) and moves each, once committed, to the processed folder. */
    public synchronized Poll pollOnce() throws MessagingException {
        ImapMailReceiver r = receiver();
        Object[] received = r.receive();
        List<MailIntake.Taken> taken = new ArrayList<>();
        Closeable folderCloser = null;
        Folder folder = null;
        boolean expunge = false;
        try {
            for (Object o : received) {
                org.springframework.messaging.Message<?> m = (org.springframework.messaging.Message<?>) o;
                folderCloser = m.getHeaders().get(IntegrationMessageHeaderAccessor.CLOSEABLE_RESOURCE, Closeable.class);
                MimeMessage message = (MimeMessage) m.getPayload();
                folder = message.getFolder();
                byte[] raw = raw(message);
                MailIntake.Taken t = takeSafely(raw, message.getReceivedDate() == null ? null
                        : message.getReceivedDate().toInstant());
                taken.add(t);
                checkpoint.afterTaken(t);
                expunge |= moveToProcessed(message);
            }
            if (expunge && folder != null && folder.isOpen()) {
                folder.expunge();
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
        return new Poll(received.length, taken);
    }

    private MailIntake.Taken takeSafely(byte[] raw, Instant receivedAt) {
        try {
            return intake.take(raw, receivedAt);
        } catch (RuntimeException e) {
            // whatever went wrong, the message is kept and a handler sees it; the poller goes on with the next
            log.error("Taking a mail failed; it goes to triage", e);
            return intake.takeAsUnprocessable(raw, e.getClass().getSimpleName());
        }
    }

    /** Moves a taken message out of the inbox; returns whether the inbox must be expunged (no MOVE support). */
    private boolean moveToProcessed(MimeMessage message) throws MessagingException {
        Folder inbox = message.getFolder();
        Folder processed = inbox.getStore().getFolder(imap.processedFolder());
        if (!processed.exists()) {
            processed.create(Folder.HOLDS_MESSAGES);
        }
        if (inbox instanceof IMAPFolder imapFolder) {
            try {
                imapFolder.moveMessages(new Message[] {message}, processed);
                return false;
            } catch (MessagingException e) {
                log.debug("IMAP MOVE not available ({}); copying and deleting", e.toString());
            }
        }
        inbox.copyMessages(new Message[] {message}, processed);
        message.setFlag(Flags.Flag.DELETED, true);
        return true;
    }

    private static byte[] raw(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("reading the message failed", e);
        }
        return out.toByteArray();
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
            pollLogged();
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

    private void pollLogged() {
        try {
            Poll poll = pollOnce();
            if (poll.seen() > 0) {
                log.info("Mailbox: {} messages taken", poll.seen());
            }
        } catch (Exception e) {
            // the server is down or refused us: nothing was moved, the next poll tries again
            log.warn("Reading the mailbox failed: {}", e.toString());
            resetReceiver();
        }
    }

    private synchronized ImapMailReceiver receiver() {
        if (receiver == null) {
            String url = imap.protocol() + "://" + imap.host() + ":" + imap.port() + "/" + imap.folder();
            ImapMailReceiver r = new ImapMailReceiver(url);
            Properties javaMail = new Properties();
            javaMail.setProperty("mail." + imap.protocol() + ".user", nullToEmpty(imap.username()));
            javaMail.setProperty("mail." + imap.protocol() + ".connectiontimeout", "10000");
            javaMail.setProperty("mail." + imap.protocol() + ".timeout", "60000");
            // the whole message is read anyway: one FETCH instead of one per 16 kB (which some servers, GreenMail
            // among them, answer by rendering the whole message each time)
            javaMail.setProperty("mail." + imap.protocol() + ".partialfetch", "false");
            r.setJavaMailProperties(javaMail);
            r.setJavaMailAuthenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(nullToEmpty(imap.username()), nullToEmpty(imap.password()));
                }
            });
            r.setShouldDeleteMessages(false);
            r.setShouldMarkMessagesAsRead(false);
            // every message still in the inbox counts: a taken one is recognised by MailIntake, not by a flag
            r.setSearchTermStrategy((flags, folder) -> new NotTerm(new FlagTerm(new Flags(Flags.Flag.DELETED), true)));
            r.setAutoCloseFolder(false);
            r.setMaxFetchSize(properties.maxFetch());
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
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
