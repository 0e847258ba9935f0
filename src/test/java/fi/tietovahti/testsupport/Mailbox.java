package fi.tietovahti.testsupport;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/**
 * The privacy mailbox of the tests (GreenMail's {@link TestInfrastructure#MAILBOX}) as a mail server's delivery
 * agent sees it: messages are appended to the inbox byte for byte over IMAP, folders are counted and emptied.
 */
public final class Mailbox {

    /** The configured Tietovahti/Processed, with GreenMail's hierarchy separator (".", as Dovecot's Maildir). */
    public static final String PROCESSED = "Tietovahti.Processed";

    private Mailbox() {
    }

    /** Delivers the message as it is (IMAP APPEND keeps the bytes, broken ones too). */
    public static void deliver(byte[] raw) throws Exception {
        deliver(java.util.List.of(raw));
    }

    /** Delivers the messages in order over one connection. */
    public static void deliver(java.util.List<byte[]> messages) throws Exception {
        try (Store store = store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Session session = Session.getInstance(new Properties());
            for (byte[] raw : messages) {
                inbox.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(raw))});
            }
            inbox.close(false);
        }
    }

    public static int count(String folderName) throws Exception {
        try (Store store = store()) {
            return count(store, folderName);
        }
    }

    /** The number of messages in a folder of any connected store, 0 for a folder that does not exist. */
    public static int count(Store store, String folderName) throws MessagingException {
        Folder folder = store.getFolder(folderName);
        if (!folder.exists()) {
            return 0;
        }
        folder.open(Folder.READ_ONLY);
        int n = folder.getMessageCount();
        folder.close(false);
        return n;
    }

    /** Empties the inbox and removes every other folder: each test starts from a mailbox as new. */
    public static void empty() throws Exception {
        try (Store store = store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message m : inbox.getMessages()) {
                m.setFlag(Flags.Flag.DELETED, true);
            }
            inbox.close(true);
            for (Folder folder : store.getDefaultFolder().list()) {
                if (!folder.getName().equalsIgnoreCase("INBOX") && folder.exists()) {
                    folder.delete(true);
                }
            }
        }
    }

    private static Store store() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", TestInfrastructure.greenMail().getImap().getPort(), TestInfrastructure.MAILBOX,
                TestInfrastructure.MAILBOX_PASSWORD);
        return store;
    }
}
