package fi.tietovahti.subject;

import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.Person;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the data subject behind a verified identity. The register holds identity codes only for main tenants and
 * spouses, so a verified code is matched by code first; other residents (adults without a code in the register,
 * former minors) are matched by name and the birth date the code carries. Anything but exactly one person is not
 * guessed: several go to a handler, none gives the "no data held" answer.
 */
@Service
@Transactional(readOnly = true)
public class SubjectMatcher {

    private final ResidentDirectory residents;

    SubjectMatcher(ResidentDirectory residents) {
        this.residents = residents;
    }

    public SubjectMatch match(PersonalIdentityCode verifiedCode, String verifiedName) {
        Optional<Person> byCode = residents.byIdentityCode(verifiedCode);
        if (byCode.isPresent()) {
            return matched(byCode.get(), "identity code");
        }
        Name name = Name.of(verifiedName);
        List<Person> byNameAndBirth = residents.byNameAndBirthDate(name.first(), name.last(), verifiedCode.birthDate())
                .stream().filter(p -> p.hetu().isEmpty()).toList();
        if (byNameAndBirth.size() == 1) {
            return matched(byNameAndBirth.get(0), "name and birth date");
        }
        if (byNameAndBirth.isEmpty()) {
            return new SubjectMatch.NoData();
        }
        return new SubjectMatch.Ambiguous(byNameAndBirth.stream()
                .map(p -> new SubjectMatch.Candidate(p.getId(), p.fullName(), p.getBirthDate())).toList());
    }

    private SubjectMatch.Matched matched(Person person, String how) {
        return new SubjectMatch.Matched(person.getId(), residents.subjectOf(List.of(person.getId())), how);
    }

    /**
     * A verified name as e-identification gives it ("Aino Maria Virtanen"): the last word is the family name, the
     * first the first name. Register names carry only the first given name.
     */
    record Name(String first, String last) {
        static Name of(String full) {
            String[] words = full == null ? new String[0] : full.strip().split("\\s+");
            if (words.length < 2) {
                return new Name(full == null ? "" : full.strip(), "");
            }
            return new Name(words[0], words[words.length - 1]);
        }
    }
}
