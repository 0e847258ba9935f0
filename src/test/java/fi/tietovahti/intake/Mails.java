package fi.tietovahti.intake;

import fi.tietovahti.testsupport.TestClock;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Messages for the intake tests, built as mail clients build them: a sender, a subject, a plain or an HTML body,
 * attachments, and whatever headers a mail system adds. {@link #raw(String)} is for the broken ones no client
 * would write.
 */
final class Mails {

    private final String messageId;
    private String fromName = "Aino Virtanen";
    private String fromAddress = "aino.virtanen@example.com";
    private String subject;
    private String text;
    private String html;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<MimeBodyPart> attachments = new ArrayList<>();

    private Mails(String messageId) {
        this.messageId = messageId;
    }

    /** A message with the Message-ID {@code <local@example.com>}. */
    static Mails message(String local) {
        return new Mails("<" + local + "@example.com>");
    }

    Mails from(String name, String address) {
        this.fromName = name;
        this.fromAddress = address;
        return this;
    }

    Mails subject(String subject) {
        this.subject = subject;
        return this;
    }

    Mails text(String text) {
        this.text = text;
        return this;
    }

    Mails html(String html) {
        this.html = html;
        return this;
    }

    Mails header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Mails attach(String fileName, String contentType, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        attachments.add(part);
        return this;
    }

    Mails docx(String fileName, byte[] content) throws Exception {
        return attach(fileName, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content);
    }

    String messageId() {
        return messageId;
    }

    byte[] bytes() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("tietosuoja@hekaoy.fi"));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(java.util.Date.from(TestClock.now()));
        MimeBodyPart body = new MimeBodyPart();
        if (html != null && text == null) {
            body.setText(html, "UTF-8", "html");
        } else if (html != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(rich);
            body.setContent(alternative);
        } else {
            body.setText(text == null ? "" : text, "UTF-8");
        }
        if (attachments.isEmpty()) {
            if (body.getContent() instanceof MimeMultipart mp) {
                m.setContent(mp);
            } else if (html != null) {
                m.setText(html, "UTF-8", "html");
            } else {
                m.setText(text == null ? "" : text, "UTF-8");
            }
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            attachments.forEach(a -> {
                try {
                    mixed.addBodyPart(a);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            m.setContent(mixed);
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            m.setHeader(h.getKey(), h.getValue());
        }
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    /** A message exactly as written (lines joined with CRLF), for what no mail client would produce. */
    static byte[] raw(String message) {
        return message.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
