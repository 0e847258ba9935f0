package fi.tietovahti.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TestInfrastructure;
import fi.tietovahti.testsupport.TietovahtiTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.email.EmailBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** The configured mailer reaches a real SMTP server, and the mailbox is readable over IMAP. */
@TietovahtiTest
class MailerIT {

    @Autowired
    Mailer mailer;

    @Test
    void aLetterSentThroughTheMailerArrivesInTheMailbox() throws Exception {
        String subject = "TV-2026-000007 Vastaanottoilmoitus / Acknowledgement " + System.nanoTime();
        mailer.sendMail(EmailBuilder.startingBlank()
                .from("Heka tietosuoja", "tietosuoja@hekaoy.fi")
                .to(TestInfrastructure.MAILBOX)
                .withSubject(subject)
                .withPlainText("Pyyntönne on vastaanotettu. Åbo, Pörssi, 5 €.")
                .buildEmail());

        Properties props = new Properties();
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", TestInfrastructure.greenMail().getImap().getPort(), TestInfrastructure.MAILBOX,
                    TestInfrastructure.MAILBOX_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message found = null;
            for (Message m : inbox.getMessages()) {
                if (subject.equals(m.getSubject())) {
                    found = m;
                }
            }
            assertThat(found).as("the letter in the IMAP inbox").isNotNull();
            assertThat(found.getContent().toString()).contains("Pörssi, 5 €");
            inbox.close(false);
        }
    }
}
