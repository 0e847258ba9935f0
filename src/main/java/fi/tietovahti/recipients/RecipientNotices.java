package fi.tietovahti.recipients;


import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.disclosure.DisclosureRegister;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.tenancy.Person;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GDPR Art. 19: every recipient of erased (or rectified) data is told, through the outbox, so that it erases its copy. Which
 * recipients got the data: the catalogue's processors of the categories that lost records, and the recipients to
 * which the disclosure register recorded a disclosure of the person's data in those categories (authorities and
 * other third parties are told only then), each once.
 *
 * <p>The notice names the person by name and birth date (a processor must find its copy; the identity code is not
 * needed for that) and the categories, never the data itself.
 */
@Service
public class RecipientNotices {

    private static final Logger log = LoggerFactory.getLogger(RecipientNotices.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    /** Processors are Finnish companies under Finnish contracts: the notice is in Finnish. */
    private static final String LANGUAGE = "fi";

    /** What the recipients are told of: an erasure, or a rectification (the same duty, Art. 19). */
    public enum Kind { ERASURE, RECTIFICATION }

    /** A notice queued for a recipient. */
    public record Notice(String recipient, String address, SortedSet<String> categories) {
    }

    private final Catalogue catalogue;
    private final RecipientProperties properties;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final ResidentDirectory residents;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DisclosureRegister disclosures;

    RecipientNotices(Catalogue catalogue, RecipientProperties properties, LetterTexts letters, OutboundMail mail,
                   ResidentDirectory residents, JdbcTemplate jdbc, Clock clock, DisclosureRegister disclosures) {
        this.disclosures = disclosures;
        this.catalogue = catalogue;
        this.properties = properties;
        this.letters = letters;
        this.mail = mail;
        this.residents = residents;
        this.jdbc = jdbc;
        this.clock = clock;
        List<String> without = catalogue.recipients().stream().filter(r -> "processor".equals(r.kind()))
                .map(Catalogue.Recipient::id).filter(id -> isBlank(properties.recipientAddresses().get(id))).toList();
        if (!without.isEmpty()) {
            throw new IllegalStateException("tietovahti.erasure.recipient-addresses lacks the address of the "
                    + "processors " + without + ": their Art. 19 notices could not be sent");
        }
    }

    /** Who must be told that these categories lost records, and which of the categories each got. */
    public SortedMap<String, SortedSet<String>> recipientsOf(Collection<String> erasedCategories) {
        SortedMap<String, SortedSet<String>> byRecipient = new TreeMap<>();
        for (String categoryId : erasedCategories) {
            Catalogue.Category category = catalogue.category(categoryId).orElseThrow();
            for (String recipient : category.recipients()) {
                Catalogue.Recipient r = catalogue.recipientsById().get(recipient);
                if (r != null && "processor".equals(r.kind())) {
                    byRecipient.computeIfAbsent(recipient, k -> new TreeSet<>()).add(categoryId);
                }
            }
        }
        return byRecipient;
    }

    /** The person the notice is about, as the recipient knew them (their name may be erased by now). */
    public record Subject(String name, java.time.LocalDate birthDate) {
        /** Without the name: a record that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "Subject[name=***]";
        }
    }

    /**
     * Queues a notice to every recipient of the erased categories, in the caller's transaction, about the person as
     * the registers know them now. A recipient told of the same categories for the case before (a retried job) is
     * not told again.
     */
    @Transactional
    public List<Notice> tell(PrivacyCase kase, Collection<String> erasedCategories) {
        return tell(kase, erasedCategories, Kind.ERASURE);
    }

    /** The same for a kind of change: its own letter ({@code erasure.notice}, {@code rectification.notice}). */
    @Transactional
    public List<Notice> tell(PrivacyCase kase, Collection<String> changedCategories, Kind kind) {
        Person p = residents.person(kase.getSubjectPersonId()).orElseThrow();
        return tell(kase, changedCategories, kind, new Subject(p.fullName(), p.getBirthDate()));
    }

    /** The same about the person as the caller knew them (an erasure: as they were when it was planned). */
    @Transactional
    public List<Notice> tell(PrivacyCase kase, Collection<String> changedCategories, Kind kind, Subject who) {
        Collection<String> erasedCategories = changedCategories;
        String name = who.name();
        String born = who.birthDate() == null ? "-" : DAY.format(who.birthDate());
        List<Notice> sent = new java.util.ArrayList<>();
        SortedMap<String, SortedSet<String>> toTell = recipientsOf(erasedCategories);
        Map<String, String> addresses = new java.util.HashMap<>(properties.recipientAddresses());
        // the disclosure register's recipients of this person's data; a processor the catalogue names is told once
        List<DisclosureRegister.Recipient> disclosedTo = kase.getSubjectPersonId() == null ? List.of()
                : disclosures.recipientsOf(kase.getSubjectPersonId(), erasedCategories);
        for (DisclosureRegister.Recipient r : disclosedTo) {
            String id = r.catalogueRecipient() != null && toTell.containsKey(r.catalogueRecipient())
                    ? r.catalogueRecipient() : r.id();
            toTell.computeIfAbsent(id, k -> new TreeSet<>()).addAll(r.categories());
            addresses.putIfAbsent(id, r.address());
        }
        for (Map.Entry<String, SortedSet<String>> e : toTell.entrySet()) {
            String categories = String.join(",", e.getValue());
            Boolean told = jdbc.queryForObject("""
                    select exists (select 1 from tietovahti.erasure_notice
                                   where case_id = ? and recipient_id = ? and categories = ? and kind = ?)""", Boolean.class,
                    kase.getId(), e.getKey(), categories, kind.name());
            if (Boolean.TRUE.equals(told)) {
                continue;
            }
            String address = addresses.get(e.getKey());
            LetterTexts.Letter letter = letters.letter(kind.name().toLowerCase(java.util.Locale.ROOT) + ".notice",
                    LANGUAGE, Map.of(
                    "caseNumber", kase.getCaseNumber(),
                    "person", name,
                    "birthDate", born,
                    "categories", e.getValue().stream().map(c -> "- " + catalogue.category(c).orElseThrow()
                            .name(LANGUAGE)).collect(Collectors.joining("\n"))));
            String messageId = mail.send(kase.getCaseNumber(), address, letter.subject(), letter.body());
            jdbc.update("""
                    insert into tietovahti.erasure_notice (case_id, recipient_id, categories, address, message_id, sent_at,
                        kind) values (?, ?, ?, ?, ?, ?, ?)""", kase.getId(), e.getKey(), categories, address, messageId,
                    Timestamp.from(clock.instant()), kind.name());
            sent.add(new Notice(e.getKey(), address, e.getValue()));
        }
        log.info("Art. 19 notices of case {}: {} recipients told", kase.getCaseNumber(), sent.size());
        return sent;
    }

    /** The recipients told of the case's erasures so far. */
    public List<String> told(PrivacyCase kase) {
        return jdbc.queryForList("select distinct recipient_id from tietovahti.erasure_notice where case_id = ? "
                + "order by recipient_id", String.class, kase.getId());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
