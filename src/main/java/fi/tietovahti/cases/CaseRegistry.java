package fi.tietovahti.cases;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Opens cases and gives them their numbers: TV-&lt;year of receipt&gt;-&lt;6 digits&gt;, counting from 1 each year. */
@Service
@Validated
public class CaseRegistry {

    private final PrivacyCaseRepository cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseRegistry(PrivacyCaseRepository cases, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PrivacyCase open(@Valid NewCase request) {
        int year = request.receivedAt().atZone(clock.getZone()).getYear();
        // one statement: concurrent openings never get the same number
        Integer next = jdbc.queryForObject("""
                insert into tietovahti.case_number_counter (year, last_value) values (?, 1)
                on conflict (year) do update set last_value = tietovahti.case_number_counter.last_value + 1
                returning last_value""", Integer.class, year);
        if (next == null || next > 999_999) {
            throw new IllegalStateException("case numbers for " + year + " are exhausted");
        }
        String number = String.format(Locale.ROOT, "TV-%d-%06d", year, next);
        return cases.save(new PrivacyCase(number, request.type(), request.receivedAt(), request.language(),
                request.channel(), request.requesterName().strip(), blankToNull(request.requesterEmail()),
                blankToNull(request.requesterPhone()), clock.instant()));
    }

    public PrivacyCase byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new UnknownCaseException(caseNumber));
    }

    public java.util.List<PrivacyCase> byRequesterEmails(java.util.Set<String> emails) {
        return emails.isEmpty() ? java.util.List.of() : cases.findByRequesterEmails(emails);
    }

    public PrivacyCase byId(long id) {
        return cases.findById(id).orElseThrow(() -> new UnknownCaseException("#" + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
