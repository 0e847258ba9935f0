package fi.tietovahti.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every register's source shares: its identity, restriction marks on collected records, and a small builder
 * for records. A register extends this and writes only its own queries.
 */
public abstract class RegisterSource implements PersonalDataSource {

    protected static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final String register;
    private final Set<String> categories;
    private final ProcessingRestrictions restrictions;

    protected RegisterSource(String register, Set<String> categories, ProcessingRestrictions restrictions) {
        this.register = register;
        this.categories = Set.copyOf(categories);
        this.restrictions = restrictions;
    }

    @Override
    public final String register() {
        return register;
    }

    @Override
    public final Set<String> categories() {
        return categories;
    }

    @Override
    public final List<PersonalDataRecord> collect(DataSubject subject) {
        if (subject.isEmpty()) {
            return List.of();
        }
        Records records = new Records();
        collect(subject, records);
        Set<String> restricted = restrictions.restrictedCategories(register, subject);
        return records.drafts.stream().map(d -> d.build(restricted.contains(d.category))).toList();
    }

    /** Adds every record the register holds about the subject. */
    protected abstract void collect(DataSubject subject, Records records);

    @Override
    public int restrict(DataSubject subject, Set<String> requested, RestrictionGround ground, String caseRef) {
        Set<String> mine = new HashSet<>(requested);
        mine.retainAll(categories);
        return restrictions.restrict(register, mine, subject, ground, caseRef);
    }

    protected static Instant startOfDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(HELSINKI).toInstant();
    }

    /** Collects record drafts in the order a source adds them. */
    public final class Records {
        private final List<Draft> drafts = new ArrayList<>();

        public Draft add(String category, String recordRef, String label, Instant occurredAt) {
            if (!categories.contains(category)) {
                throw new IllegalStateException(register + " does not declare category " + category);
            }
            Draft draft = new Draft(category, recordRef, label, occurredAt);
            drafts.add(draft);
            return draft;
        }

        /** A record with no time of its own (a name, contact details). */
        public Draft add(String category, String recordRef, String label) {
            return add(category, recordRef, label, (Instant) null);
        }

        public Draft add(String category, String recordRef, String label, LocalDate occurredOn) {
            return add(category, recordRef, label, startOfDay(occurredOn));
        }
    }

    /** A record under construction: fields in display order, null values left out. */
    public final class Draft {
        private final String category;
        private final String recordRef;
        private final String label;
        private final Instant occurredAt;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Set<String> thirdParty = new HashSet<>();

        private Draft(String category, String recordRef, String label, Instant occurredAt) {
            this.category = category;
            this.recordRef = recordRef;
            this.label = label;
            this.occurredAt = occurredAt;
        }

        public Draft field(String name, Object value) {
            if (value != null) {
                fields.put(name, value);
            }
            return this;
        }

        /** A field that carries someone else's data; offered for redaction in the access review. */
        public Draft thirdParty(String name, Object value) {
            if (value != null) {
                fields.put(name, value);
                thirdParty.add(name);
            }
            return this;
        }

        private PersonalDataRecord build(boolean restricted) {
            return new PersonalDataRecord(register, category, recordRef, label, occurredAt, fields, thirdParty,
                    restricted);
        }
    }
}
