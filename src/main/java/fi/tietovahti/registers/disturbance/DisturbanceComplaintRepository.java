package fi.tietovahti.registers.disturbance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DisturbanceComplaintRepository extends JpaRepository<DisturbanceComplaint, Long> {

    List<DisturbanceComplaint> findByCaseIdInOrderByReceivedOn(Collection<Long> caseIds);

    List<DisturbanceComplaint> findByComplainantPersonIdInOrderByReceivedOn(Collection<Long> personIds);

    @Modifying
    @Query("delete from DisturbanceComplaint c where c.caseId in (select d.id from DisturbanceCase d where d.tenancyId in :tenancyIds)")
    int deleteAbout(Collection<Long> tenancyIds);

    /** The complaint stays in the other tenancy's file; the person who made it is no longer named. */
    @Modifying
    @Query("""
            update DisturbanceComplaint c set c.complainantPersonId = null, c.complainantName = '(poistettu)',
                   c.complainantContact = null
            where c.complainantPersonId in :personIds""")
    int anonymiseComplainant(Collection<Long> personIds);
}
