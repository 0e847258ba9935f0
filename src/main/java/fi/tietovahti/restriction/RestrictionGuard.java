package fi.tietovahti.restriction;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ProcessingRestrictions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import fi.tietovahti.platform.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every use of personal data asks first (a letter, a newsletter, a collection step, a disclosure): is this
 * person's data in this category restricted (Art. 18)? If it is, the use does not happen; a handler gets the
 * task "Processing is restricted" (process {@code restricted-processing}) to see that it waits, or that one of
 * Art. 18(2)'s exceptions applies, and the blocked use is recorded.
 */
@Service
public class RestrictionGuard {

    public static final String PROCESS_KEY = fi.tietovahti.processes.RestrictedProcessingProcess.KEY;
    private static final Logger log = LoggerFactory.getLogger(RestrictionGuard.class);

    private final ProcessingRestrictions restrictions;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;
    private final Clock clock;


    RestrictionGuard(ProcessingRestrictions restrictions, Workflow workflow,
                     JdbcTemplate jdbc, Clock clock) {
        this.restrictions = restrictions;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when the data may be used. False when it is restricted: the use must not happen, and a handler's task
     * has been started (in the caller's transaction: a rolled-back use leaves no task).
     *
     * @param categories the catalogue categories the use would read; any of them restricted stops it
     * @param purpose   what would have been done, in a few words (no personal data): shown to the handler
     * @param reference what it concerns, e.g. {@code collection-case:42} (no personal data)
     */
    @Transactional
    public boolean mayUse(String register, java.util.Set<String> categories, DataSubject subject, String purpose,
                          String reference) {
        java.util.Set<String> restricted = new java.util.TreeSet<>(restrictions.restrictedCategories(register, subject));
        restricted.retainAll(categories);
        if (restricted.isEmpty()) {
            return true;
        }
        String category = String.join(",", restricted);
        // the guard acts for the controller, not for the user whose action it stopped (a collector may not start
        // privacy processes)
        String instance = workflow.startAsController(PROCESS_KEY, reference, Map.of(
                "register", register, "category", category, "purpose", purpose, "reference", reference))
                .processInstanceId();
        jdbc.update("""
                insert into tietovahti.restricted_use (register_id, category_id, purpose, reference, blocked_at,
                    process_instance_id) values (?, ?, ?, ?, ?, ?)""", register, category, purpose, reference,
                Timestamp.from(clock.instant()), instance);
        log.info("Restricted processing held back: {} in {} / {} ({})", purpose, register, category, reference);
        return false;
    }
}
