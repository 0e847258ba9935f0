package fi.tietovahti.subject;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Whose data a matched case concerns, as the registers know them: the person matching (or the handler) found,
 * their contract tenancies and the email addresses the tenancy register holds for them. What every right acts on.
 */
@Service
public class CaseSubjects {

    private final ResidentDirectory residents;

    CaseSubjects(ResidentDirectory residents) {
        this.residents = residents;
    }

    /** The matched person's row in the tenancy register, if it is there. */
    public java.util.Optional<fi.tietovahti.registers.tenancy.Person> person(PrivacyCase kase) {
        return kase.getSubjectPersonId() == null ? java.util.Optional.empty()
                : residents.person(kase.getSubjectPersonId());
    }

    /** The case's data subject; a case not yet matched to a person fails loudly (a step ran out of order). */
    public DataSubject of(PrivacyCase kase) {
        if (kase.getSubjectPersonId() == null) {
            throw new IllegalStateException("case " + kase.getCaseNumber() + " has no matched data subject");
        }
        return residents.subjectOf(List.of(kase.getSubjectPersonId()));
    }
}
