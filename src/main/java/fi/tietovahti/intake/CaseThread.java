package fi.tietovahti.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which case a message answers: our letters' Message-IDs start with the case number and end with our domain
 * ({@code <TV-2026-000123.uuid@hekaoy.fi>}), so In-Reply-To and References name it; failing those, a case number in
 * the subject does. A reply reaches its case and never starts a new one.
 */
public final class CaseThread {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\bTV-(\\d{4})-(\\d{6})\\b");

    private CaseThread() {
    }

    /**
     * @param ownDomain the domain of our Message-IDs (tietovahti.mail.message-id-domain)
     */
    public static Optional<String> caseNumberOf(InboundMessage message, String ownDomain) {
        Pattern ours = Pattern.compile("<(TV-\\d{4}-\\d{6})\\.[^@>\\s]+@" + Pattern.quote(ownDomain) + ">",
                Pattern.CASE_INSENSITIVE);
        for (String header : new String[] {message.inReplyTo(), message.references()}) {
            if (header != null) {
                Matcher m = ours.matcher(header);
                String last = null;
                while (m.find()) {
                    last = m.group(1); // References lists the thread oldest first: the nearest is the last
                }
                if (last != null) {
                    return Optional.of(last.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        if (message.subject() != null) {
            Matcher m = CASE_NUMBER.matcher(message.subject().toUpperCase(java.util.Locale.ROOT));
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
