package fi.tietovahti.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All registers as one: what access, erasure, restriction and portability iterate over. */
@Service
public class PersonalDataSources {

    private final List<PersonalDataSource> sources;
    private final ProcessingRestrictions restrictions;

    public PersonalDataSources(List<PersonalDataSource> sources, ProcessingRestrictions restrictions) {
        this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::register)).toList();
        this.restrictions = restrictions;
    }

    public List<PersonalDataSource> all() {
        return sources;
    }

    @Transactional(readOnly = true)
    public List<PersonalDataRecord> collect(DataSubject subject) {
        List<PersonalDataRecord> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.collect(subject)));
        return all;
    }

    @Transactional(readOnly = true)
    public List<PersonalDataRecord> portable(DataSubject subject, Set<String> portableCategories) {
        List<PersonalDataRecord> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.portable(subject, portableCategories)));
        return all;
    }

    /** Executes the plan in every register in one transaction: either all of it happens or none. */
    @Transactional
    public List<ErasureReport> erase(DataSubject subject, ErasurePlan plan) {
        return sources.stream().map(s -> s.erase(subject, plan)).toList();
    }

    /** Restricts the categories in every register that holds them; returns the number of new restriction marks. */
    @Transactional
    public int restrict(DataSubject subject, Set<String> categories, RestrictionGround ground, String caseRef) {
        return sources.stream().mapToInt(s -> s.restrict(subject, categories, ground, caseRef)).sum();
    }

    /** Lifts the subject's restrictions in the categories (the person is told beforehand: Art. 18(3)). */
    @Transactional
    public int liftRestriction(DataSubject subject, Set<String> categories) {
        return sources.stream().mapToInt(s -> {
            Set<String> held = new java.util.HashSet<>(categories);
            held.retainAll(s.categories());
            return restrictions.lift(s.register(), held, subject);
        }).sum();
    }

    /** Per register and category, the fields a rectification can correct and their current values. */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.util.Map<String, java.util.Map<String, String>>> rectifiable(DataSubject subject) {
        java.util.Map<String, java.util.Map<String, java.util.Map<String, String>>> all = new java.util.TreeMap<>();
        sources.forEach(s -> {
            var fields = s.rectifiable(subject);
            if (!fields.isEmpty()) {
                all.put(s.register(), fields);
            }
        });
        return all;
    }

    /** Corrects one field in the register that holds it; returns the old value. */
    @Transactional
    public String rectify(DataSubject subject, String register, String category, String field, String newValue) {
        return sources.stream().filter(s -> s.register().equals(register)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no register " + register))
                .rectify(subject, category, field, newValue);
    }
}
