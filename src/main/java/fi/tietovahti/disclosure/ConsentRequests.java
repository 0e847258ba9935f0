package fi.tietovahti.disclosure;

import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.tenancy.ResidentFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the resident for consent when a disclosure rests on consent and none is on file: an email naming the
 * recipient, the purpose, the fields and the day by which to answer. Who has no email address cannot be asked
 * electronically: the request is refused with that reason (the desk records a consent given in person, and the
 * recipient asks again).
 */
@Service
public class ConsentRequests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    /** The resident's language is not known from a disclosure request: Finnish, with the Swedish and English below. */
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final DisclosureRequests requests;
    private final Consents consents;
    private final ResidentFacts residents;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final DisclosureProperties properties;
    private final Clock clock;

    ConsentRequests(DisclosureRequests requests, Consents consents, ResidentFacts residents, LetterTexts letters,
                    OutboundMail mail, DisclosureProperties properties, Clock clock) {
        this.requests = requests;
        this.consents = consents;
        this.residents = residents;
        this.letters = letters;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the asks; returns whether every person without a consent could be asked (else the request is refused). */
    @Transactional
    public boolean ask(String reference) {
        DisclosureRequests.Request request = requests.request(reference);
        Profile profile = Profile.valueOf(request.profile());
        List<Long> missing = requests.subjects(request.id()).stream()
                .filter(p -> consents.inForce(p, request.recipientKind(), request.purpose()).isEmpty()).toList();
        Map<Long, ResidentFacts.Resident> people = residents.residents(missing);
        if (missing.stream().anyMatch(p -> people.get(p) == null || blank(people.get(p).email()))) {
            requests.refuse(reference, "Suostumusta ei voi pyytää sähköpostilla / Consent is needed and cannot be "
                    + "asked by email (no address on file): it can be given at the desk, then the recipient asks again");
            return false;
        }
        String deadline = DAY.format(LocalDate.now(clock).plusDays(properties.consentWait().toDays()));
        for (Long person : missing) {
            StringBuilder subject = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String language : LANGUAGES) {
                LetterTexts.Letter letter = letters.letter("disclosure.consent", language, Map.of(
                        "recipient", request.recipientName(), "purpose", request.purpose(),
                        "fields", String.join(", ", profile.fields()), "deadline", deadline));
                if (subject.isEmpty()) {
                    subject.append(letter.subject());
                }
                body.append(body.isEmpty() ? "" : "\n\n----------\n\n").append(letter.body());
            }
            mail.send(reference, people.get(person).email(), subject.toString(), body.toString());
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
