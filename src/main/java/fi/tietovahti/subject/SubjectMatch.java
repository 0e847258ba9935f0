package fi.tietovahti.subject;

import fi.tietovahti.registers.DataSubject;
import java.time.LocalDate;
import java.util.List;

/** Who a verified requester is in the registers: exactly one person, several candidates, or nobody. */
public sealed interface SubjectMatch {

    /** One person; how they were found ("identity code" or "name and birth date"). */
    record Matched(long personId, DataSubject subject, String how) implements SubjectMatch {
    }

    /** Several people fit: a handler chooses. The candidates carry no identity code. */
    record Ambiguous(List<Candidate> candidates) implements SubjectMatch {
    }

    /** Nobody in the registers: the requester gets the "no data held" answer. */
    record NoData() implements SubjectMatch {
    }

    record Candidate(long personId, String name, LocalDate birthDate) {
    }
}
