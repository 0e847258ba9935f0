package fi.tietovahti.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.integration.mail.ImapMailReceiver;

/**
 * Spring Integration's IMAP receiver, reading a batch of messages whole in one FETCH and handing out detached
 * copies that remember their original. Without this every message costs several round trips (its body, and a
 * STORE of the receiver's own marker flag, which on a detached copy stays local): on a server that answers each
 * command in tens of milliseconds, that alone would hold the intake to a few messages per second. The originals
 * stay in the inbox until the poller moves them, all at once, after each one's case is committed.
 */
class WholeMessageImapReceiver extends ImapMailReceiver {

    /** A message as received: its exact bytes, when the server got it, and the server's message to move later. */
    static final class Fetched extends MimeMessage {
        final byte[] raw;
        final Instant receivedAt;
        final Message original;

        Fetched(Session session, byte[] raw, Instant receivedAt, Message original) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
            this.raw = raw;
            this.receivedAt = receivedAt;
            this.original = original;
        }
    }

    private static final Session SESSION = Session.getInstance(new java.util.Properties());

    private final int maxFetch;

    WholeMessageImapReceiver(String url, int maxFetch) {
        super(url);
        this.maxFetch = maxFetch;
    }

    @Override
    protected Message[] searchForNewMessages() throws MessagingException {
        Message[] found = super.searchForNewMessages();
        Message[] batch = found.length > maxFetch ? Arrays.copyOf(found, maxFetch) : found;
        if (batch.length == 0) {
            return batch;
        }
        Folder folder = getFolder();
        FetchProfile whole = new FetchProfile();
        whole.add(FetchProfile.Item.ENVELOPE);
        whole.add(FetchProfile.Item.FLAGS);
        if (folder instanceof IMAPFolder) {
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            whole.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        }
        folder.fetch(batch, whole);
        Message[] copies = new Message[batch.length];
        for (int i = 0; i < batch.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(batch[i].getSize(), 1024));
            try {
                batch[i].writeTo(out);
            } catch (IOException e) {
                throw new MessagingException("reading a message failed", e);
            }
            java.util.Date received = batch[i].getReceivedDate();
            copies[i] = new Fetched(SESSION, out.toByteArray(), received == null ? null : received.toInstant(),
                    batch[i]);
        }
        return copies;
    }

    /** Already fetched whole in {@link #searchForNewMessages}. */
    @Override
    protected void fetchMessages(Message[] messages) {
    }
}
