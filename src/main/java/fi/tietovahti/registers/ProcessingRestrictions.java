package fi.tietovahti.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restrictions of processing (Art. 18), kept per register, category and data subject. A restriction is state the
 * sources read: every record they return carries the flag, and whatever would use the data checks it.
 */
@Service
public class ProcessingRestrictions {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public ProcessingRestrictions(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Restricts the categories for the subject; returns how many (category, key) restrictions are new. */
    @Transactional
    public int restrict(String register, Set<String> categories, DataSubject subject, RestrictionGround ground,
                        String caseRef) {
        int added = 0;
        for (String category : categories) {
            for (String key : subject.keys()) {
                added += jdbc.update("""
                        insert into tietovahti.processing_restriction
                            (register_id, category_id, subject_key, ground, case_ref, restricted_at)
                        values (:register, :category, :key, :ground, :caseRef, :now)
                        on conflict (register_id, category_id, subject_key) where lifted_at is null do nothing
                        """, new MapSqlParameterSource()
                        .addValue("register", register).addValue("category", category).addValue("key", key)
                        .addValue("ground", ground.name()).addValue("caseRef", caseRef)
                        .addValue("now", Timestamp.from(clock.instant())));
            }
        }
        return added;
    }

    /** Lifts the subject's restrictions in the categories; returns how many were lifted. */
    @Transactional
    public int lift(String register, Set<String> categories, DataSubject subject) {
        if (categories.isEmpty() || subject.keys().isEmpty()) {
            return 0;
        }
        return jdbc.update("""
                update tietovahti.processing_restriction set lifted_at = :now
                where register_id = :register and category_id in (:categories) and subject_key in (:keys)
                  and lifted_at is null
                """, new MapSqlParameterSource().addValue("register", register).addValue("categories", categories)
                .addValue("keys", subject.keys()).addValue("now", Timestamp.from(clock.instant())));
    }

    /** The categories of the register in which the subject's data is restricted now. */
    public Set<String> restrictedCategories(String register, DataSubject subject) {
        if (subject.keys().isEmpty()) {
            return Set.of();
        }
        List<String> categories = jdbc.queryForList("""
                select distinct category_id from tietovahti.processing_restriction
                where register_id = :register and subject_key in (:keys) and lifted_at is null
                """, new MapSqlParameterSource().addValue("register", register).addValue("keys", subject.keys()),
                String.class);
        return new HashSet<>(categories);
    }
}
