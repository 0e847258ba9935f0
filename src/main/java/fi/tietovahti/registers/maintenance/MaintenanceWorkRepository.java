package fi.tietovahti.registers.maintenance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MaintenanceWorkRepository extends JpaRepository<MaintenanceWork, Long> {

    List<MaintenanceWork> findByTenancyIdInOrderByPerformedOn(Collection<Long> tenancyIds);

    /** The work stays in the apartment's history, detached from the tenancy (and so from the person). */
    @Modifying
    @Query("update MaintenanceWork w set w.tenancyId = null where w.tenancyId in :tenancyIds")
    int detachFromTenancies(Collection<Long> tenancyIds);
}
