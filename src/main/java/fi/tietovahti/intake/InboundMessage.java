package fi.tietovahti.intake;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A received message as the intake needs it, read so that nothing in it can crash the reader: headers for
 * threading, the sender, subject, plain and HTML text, attachments within limits. What could not be read is listed
 * in {@code problems} (for the handler's triage task) instead of thrown; the original bytes are kept by the caller.
 */
public record InboundMessage(String messageId, String inReplyTo, String references, String fromAddress,
                             String fromName, String subject, String text, String html, List<Attachment> attachments,
                             List<String> problems) {

    public InboundMessage {
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }

    /** An attachment kept (within the limits); one over the limits is a problem instead. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** How much of a message is read (tietovahti.intake.max-*; DEFAULT for callers without configuration). */
    public record Limits(int maxMessageBytes, int maxAttachments, int maxAttachmentBytes) {
        public static final Limits DEFAULT = new Limits(40 * 1024 * 1024, 10, 20 * 1024 * 1024);
    }

    private static final int MAX_DEPTH = 10;
    /** Parsing needs a session but nothing from it; creating one per message costs a service-loader lookup. */
    private static final Session SESSION = Session.getInstance(new Properties());

    public static InboundMessage read(byte[] raw, Limits limits) {
        Reading r = new Reading(limits);
        if (raw == null || raw.length == 0) {
            r.problems.add("the message is empty");
            return r.result();
        }
        if (raw.length > limits.maxMessageBytes()) {
            r.problems.add("the message is larger than " + limits.maxMessageBytes() / (1024 * 1024)
                    + " MB; only kept as it is");
            return r.result();
        }
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            r.problems.add("the message cannot be parsed: " + e.getMessage());
            return r.result();
        }
        r.headers(message);
        r.walk(message, 0);
        // "Subject access request" with an empty body is a request residents send: only nothing at all is a problem
        if ((r.text == null || r.text.isBlank()) && (r.html == null || r.html.isBlank()) && r.attachments.isEmpty()
                && (r.subject == null || r.subject.isBlank())) {
            r.problems.add("the message has neither a subject nor a text");
        }
        return r.result();
    }

    private static final class Reading {
        final Limits limits;
        String messageId;
        String inReplyTo;
        String references;
        String fromAddress;
        String fromName;
        String subject;
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int attachmentCount;

        Reading(Limits limits) {
            this.limits = limits;
        }

        InboundMessage result() {
            return new InboundMessage(messageId, inReplyTo, references, fromAddress, fromName, subject, text, html,
                    attachments, problems);
        }

        void headers(MimeMessage m) {
            messageId = header(m, "Message-ID");
            inReplyTo = header(m, "In-Reply-To");
            references = header(m, "References");
            String from = header(m, "From");
            if (from == null) {
                problems.add("the message has no sender");
            } else {
                try {
                    InternetAddress[] parsed = InternetAddress.parseHeader(from, false);
                    if (parsed.length == 0) {
                        problems.add("the message has no sender");
                    } else {
                        String address = parsed[0].getAddress();
                        // an answer must be able to reach it (the lenient parser accepts almost anything)
                        if (address == null || !address.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
                            problems.add("the sender's address cannot be read");
                        } else {
                            fromAddress = address;
                            fromName = parsed[0].getPersonal();
                        }
                    }
                } catch (MessagingException e) {
                    problems.add("the sender's address cannot be read");
                }
            }
            String rawSubject = header(m, "Subject");
            if (rawSubject != null) {
                try {
                    subject = MimeUtility.decodeText(MimeUtility.unfold(rawSubject));
                } catch (IOException | RuntimeException e) {
                    subject = rawSubject;
                    problems.add("the subject's encoding is unknown; shown as it came");
                }
            }
        }

        void walk(Part part, int depth) {
            if (depth > MAX_DEPTH) {
                problems.add("the message nests parts deeper than " + MAX_DEPTH + "; the rest is not read");
                return;
            }
            try {
                String disposition = part.getDisposition();
                String fileName = safeFileName(part);
                if (part.isMimeType("multipart/*")) {
                    Object content = part.getContent();
                    if (content instanceof Multipart multi) {
                        for (int i = 0; i < multi.getCount(); i++) {
                            BodyPart child = multi.getBodyPart(i);
                            walk(child, depth + 1);
                        }
                    } else {
                        problems.add("a multipart section cannot be read");
                    }
                } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null
                        || !(part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
                    attachment(part, fileName);
                } else if (part.isMimeType("text/plain") && text == null) {
                    text = textOf(part);
                } else if (part.isMimeType("text/html") && html == null) {
                    html = textOf(part);
                }
            } catch (MessagingException | IOException e) {
                problems.add("a part of the message cannot be read: " + e.getClass().getSimpleName());
            }
        }

        void attachment(Part part, String fileName) throws MessagingException, IOException {
            String name = fileName == null ? "(nameless)" : fileName;
            if (++attachmentCount > limits.maxAttachments()) {
                problems.add("more than " + limits.maxAttachments() + " attachments; '" + name + "' and later not read");
                return;
            }
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = in.readNBytes(limits.maxAttachmentBytes() + 1);
            } catch (IOException e) {
                // a broken transfer encoding (bad base64): the handler still sees the attachment, as it came
                if (!(part instanceof jakarta.mail.internet.MimePart mime)) {
                    problems.add("attachment '" + name + "' cannot be decoded; not kept");
                    return;
                }
                try (InputStream raw = rawStream(mime)) {
                    content = raw.readNBytes(limits.maxAttachmentBytes() + 1);
                }
                problems.add("attachment '" + name + "' cannot be decoded (" + e.getClass().getSimpleName()
                        + "); kept as it came, still encoded");
                if (content.length <= limits.maxAttachmentBytes()) {
                    attachments.add(new Attachment(name, "application/octet-stream", content));
                    return;
                }
            }
            if (content.length > limits.maxAttachmentBytes()) {
                problems.add("attachment '" + name + "' is larger than " + limits.maxAttachmentBytes() / (1024 * 1024)
                        + " MB; not read");
                return;
            }
            String type = part.getContentType() == null ? "application/octet-stream"
                    : part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
            attachments.add(new Attachment(name, type, content));
        }

        private static InputStream rawStream(jakarta.mail.internet.MimePart part) throws MessagingException {
            if (part instanceof jakarta.mail.internet.MimeBodyPart body) {
                return body.getRawInputStream();
            }
            return ((jakarta.mail.internet.MimeMessage) part).getRawInputStream();
        }

        /** The text in its declared charset; an unknown or wrong one falls back to UTF-8, then Latin-1. */
        String textOf(Part part) throws MessagingException, IOException {
            try {
                Object content = part.getContent();
                if (content instanceof String s) {
                    return s;
                }
            } catch (IOException e) {
                problems.add("a text part declares an unknown character set; read as UTF-8 or Latin-1");
            }
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }

        private String safeFileName(Part part) {
            try {
                String name = part.getFileName();
                return name == null ? null : MimeUtility.decodeText(name).replaceAll("[\\\\/\\p{Cntrl}]", "_");
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("an attachment's name cannot be read");
                return "(unreadable name)";
            }
        }

        private static String header(MimeMessage m, String name) {
            try {
                String[] values = m.getHeader(name);
                return values == null || values.length == 0 ? null : values[0];
            } catch (MessagingException e) {
                return null;
            }
        }
    }
}
