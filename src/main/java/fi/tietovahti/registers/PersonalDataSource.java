package fi.tietovahti.registers;

import java.util.List;
import java.util.Set;

/**
 * The one way into a register's personal data. Every register implements it; access, erasure, restriction,
 * portability and retention iterate over all beans of this type and never name a register.
 *
 * <p>Category ids are the processing catalogue's ({@code catalogue/catalogue.yml}); start-up fails when a source
 * declares a category that the catalogue lacks or files under another register.
 */
public interface PersonalDataSource {

    /** The catalogue id of the register this source serves. */
    String register();

    /** The catalogue category ids this register holds. */
    Set<String> categories();

    /** Everything the register holds about the subject, as labelled records; restricted records are included and marked. */
    List<PersonalDataRecord> collect(DataSubject subject);

    /**
     * Erases or anonymises what the plan allows for this register's categories and reports what was done.
     * Categories the plan keeps, or does not mention, are left alone. Running the same plan twice changes nothing
     * the second time (the second report counts zero).
     */
    ErasureReport erase(DataSubject subject, ErasurePlan plan);

    /**
     * Marks the subject's data in those of the given categories that this register holds as restricted (Art. 18).
     * Returns how many restriction marks are new; restricting twice adds nothing.
     */
    int restrict(DataSubject subject, Set<String> categories, RestrictionGround ground, String caseRef);

    /**
     * The subset that the subject may take elsewhere (Art. 20): data the subject provided, processed on consent or
     * contract. Which categories qualify is the catalogue's decision, passed in as {@code portableCategories}.
     */
    default List<PersonalDataRecord> portable(DataSubject subject, Set<String> portableCategories) {
        return collect(subject).stream().filter(r -> portableCategories.contains(r.category())).toList();
    }

    /**
     * What a rectification (Art. 16) can correct here: per category, the fields and their current values. A register
     * that corrects nothing itself (its data is derived, or corrected in its own system) returns nothing.
     */
    default java.util.Map<String, java.util.Map<String, String>> rectifiable(DataSubject subject) {
        return java.util.Map.of();
    }

    /**
     * Corrects one field of the subject's data to {@code newValue} and returns the old value, which the caller keeps
     * in the audit trail only. A field this register cannot correct, or a value it cannot hold, is refused with
     * {@link IllegalArgumentException} and changes nothing.
     */
    default String rectify(DataSubject subject, String category, String field, String newValue) {
        throw new IllegalArgumentException(register() + " cannot correct " + category + " / " + field);
    }
}
