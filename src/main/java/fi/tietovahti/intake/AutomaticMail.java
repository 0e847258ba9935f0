package fi.tietovahti.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells mail written by a person from mail written by a machine, so that the intake never answers an auto-reply, a
 * bounce, a mailing list or our own letters (no loops, no spam cases). A bounce of one of our letters names the
 * letter's Message-ID, so the case can show that its delivery failed.
 */
public final class AutomaticMail {

    public enum Kind { PERSON, AUTO_REPLY, BOUNCE, MAILING_LIST, OWN_MAIL }

    /** What the message is, why we think so, and for a bounce the Message-ID of the letter that bounced. */
    public record Verdict(Kind kind, String reason, Optional<String> bouncedMessageId) {

        public boolean isAutomatic() {
            return kind != Kind.PERSON;
        }
    }

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply", "auto-reply");

    private AutomaticMail() {
    }

    /**
     * @param ownAddresses our sender and mailbox addresses (lower case): mail from them is our own
     */
    public static Verdict classify(MimeMessage message, Collection<String> ownAddresses) throws MessagingException {
        Set<String> own = ownAddresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Address[] from = message.getFrom();
        if (from != null) {
            for (Address a : from) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null
                        && own.contains(ia.getAddress().toLowerCase(Locale.ROOT))) {
                    return new Verdict(Kind.OWN_MAIL, "sent from our own address", Optional.empty());
                }
            }
        }
        if (isDeliveryReport(message)) {
            return new Verdict(Kind.BOUNCE, "a delivery status report", bouncedMessageId(message));
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return new Verdict(Kind.BOUNCE, "empty return path (sent by a mail system)", bouncedMessageId(message));
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return new Verdict(Kind.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted.strip(), Optional.empty());
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return new Verdict(Kind.AUTO_REPLY, "an auto-reply header", Optional.empty());
        }
        if (header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null) {
            return new Verdict(Kind.MAILING_LIST, "a mailing-list header", Optional.empty());
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return new Verdict(Kind.MAILING_LIST, "Precedence: " + precedence.strip(), Optional.empty());
        }
        return new Verdict(Kind.PERSON, "no sign of automatic mail", Optional.empty());
    }

    private static boolean isDeliveryReport(MimeMessage message) throws MessagingException {
        String type = message.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/report")
                && type.toLowerCase(Locale.ROOT).contains("delivery-status");
    }

    /** The Message-ID of the returned letter, from the report's copy of its headers. */
    private static Optional<String> bouncedMessageId(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                        Optional<String> id = messageIdIn(part);
                        if (id.isPresent()) {
                            return id;
                        }
                    }
                }
            }
        } catch (MessagingException | IOException e) {
            return Optional.empty(); // a malformed report is still a bounce; which letter stays unknown
        }
        return Optional.empty();
    }

    private static Optional<String> messageIdIn(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage returned) {
            return Optional.ofNullable(returned.getMessageID());
        }
        try (InputStream in = part.getInputStream()) {
            String[] ids = new InternetHeaders(in).getHeader("Message-ID");
            return ids == null || ids.length == 0 ? Optional.empty() : Optional.of(ids[0].strip());
        }
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
