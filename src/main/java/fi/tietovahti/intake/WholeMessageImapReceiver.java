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
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    /**
     * A message as received: its exact bytes, when the server got it, the server's message to move later and its
     * UID (-1 where the folder has none).
     */
    static final class Fetched extends MimeMessage {
        final byte[] raw;
        final Instant receivedAt;
        final Message original;
        final long uid;

        Fetched(Session session, byte[] raw, Instant receivedAt, Message original, long uid) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
            this.raw = raw;
            this.receivedAt = receivedAt;
            this.original = original;
            this.uid = uid;
        }
    }

    private static final Session SESSION = Session.getInstance(new java.util.Properties());

    private final int maxFetch;
    private final Set<Long> attempted;

    /**
     * {@code attempted}: UIDs of messages this service already took but could not move out of the inbox (the poller
     * keeps it across reconnections). They go to the end of the queue, so that they never hold back new mail.
     */
    WholeMessageImapReceiver(String url, int maxFetch, Set<Long> attempted) {
        super(url);
        this.maxFetch = maxFetch;
        this.attempted = attempted;
    }

    @Override
    protected Message[] searchForNewMessages() throws MessagingException {
        Message[] found = super.searchForNewMessages();
        if (found.length == 0) {
            return found;
        }
        Folder folder = getFolder();
        long[] uids = uids(folder, found);
        // forget messages no longer in the inbox (moved by hand, deleted): the set holds only what still waits
        java.util.Set<Long> present = new java.util.HashSet<>();
        for (long uid : uids) {
            present.add(uid);
        }
        attempted.retainAll(present);
        // new messages first, then the ones already taken whose move is to be tried again
        List<Integer> order = new ArrayList<>(found.length);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < found.length && order.size() < maxFetch; i++) {
                boolean seen = uids[i] >= 0 && attempted.contains(uids[i]);
                if (seen == (pass == 1)) {
                    order.add(i);
                }
            }
        }
        Message[] batch = new Message[order.size()];
        long[] batchUids = new long[order.size()];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = found[order.get(i)];
            batchUids[i] = uids[order.get(i)];
        }
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
                    batch[i], batchUids[i]);
        }
        return copies;
    }

    /** The UIDs of all messages found, in one FETCH; -1 each where the folder has no UIDs. */
    private static long[] uids(Folder folder, Message[] found) throws MessagingException {
        long[] uids = new long[found.length];
        Arrays.fill(uids, -1);
        if (folder instanceof UIDFolder uidFolder) {
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(found, profile);
            for (int i = 0; i < found.length; i++) {
                uids[i] = uidFolder.getUID(found[i]);
            }
        }
        return uids;
    }

    /** Already fetched whole in {@link #searchForNewMessages}. */
    @Override
    protected void fetchMessages(Message[] messages) {
    }
}
