package fi.tietovahti.erasure;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.PersonalDataSources;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a person as the plan says: every register erases or anonymises the categories the plan lets go and
 * reports what it did; kept categories are left alone. Running it again changes nothing (the registers' erasure is
 * idempotent). What the erasure-request process will call once a handler (and the DPO, for an overridden hold)
 * has approved the plan.
 */
@Service
public class Erasures {

    /** The plan that was executed and what each register did. */
    public record Executed(ErasurePlanner.Plan plan, List<ErasureReport> reports) {

        public int total() {
            return reports.stream().mapToInt(ErasureReport::total).sum();
        }

        /**
         * Who must be told of this erasure (GDPR Art. 19): the processors the catalogue names for every category
         * from which records were actually erased or anonymised. Authorities and other third parties are told
         * only when the data was in fact disclosed to them, which the disclosure register will show; until it
         * exists none are listed.
         */
        public java.util.SortedSet<String> recipientsToTell(Catalogue catalogue) {
            java.util.SortedSet<String> recipients = new java.util.TreeSet<>();
            reports.stream().flatMap(r -> r.lines().stream())
                    .filter(l -> l.records() > 0 && l.action() != fi.tietovahti.registers.ErasureAction.KEEP)
                    .flatMap(l -> catalogue.category(l.category()).stream())
                    .flatMap(c -> c.recipients().stream())
                    .filter(id -> catalogue.recipientsById().get(id) != null
                            && "processor".equals(catalogue.recipientsById().get(id).kind()))
                    .forEach(recipients::add);
            return recipients;
        }
    }

    private final PersonalDataSources sources;

    Erasures(PersonalDataSources sources) {
        this.sources = sources;
    }

    @Transactional
    public Executed execute(DataSubject subject, ErasurePlanner.Plan approved) {
        return new Executed(approved, sources.erase(subject, approved.toErasurePlan()));
    }
}
