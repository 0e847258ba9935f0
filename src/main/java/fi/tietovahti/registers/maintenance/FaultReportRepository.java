package fi.tietovahti.registers.maintenance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FaultReportRepository extends JpaRepository<FaultReport, Long> {

    List<FaultReport> findByReporterPersonIdInOrderByReportedAt(Collection<Long> personIds);

    /** The apartment's fault history stays; the reporter and their words go. */
    @Modifying
    @Query("""
            update FaultReport f set f.reporterPersonId = null, f.description = '(poistettu)'
            where f.reporterPersonId in :personIds""")
    int anonymise(Collection<Long> personIds);
}
