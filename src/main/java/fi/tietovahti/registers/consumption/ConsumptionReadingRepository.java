package fi.tietovahti.registers.consumption;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConsumptionReadingRepository extends JpaRepository<ConsumptionReading, Long> {

    List<ConsumptionReading> findByTenancyIdInOrderByPeriodMonthAscKindAsc(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from ConsumptionReading r where r.tenancyId in :tenancyIds")
    int deleteByTenancyIds(Collection<Long> tenancyIds);

    /** The building's energy statistics keep the readings; the tenancy (and so the person) is cut off. */
    @Modifying
    @Query("update ConsumptionReading r set r.tenancyId = null where r.tenancyId in :tenancyIds")
    int detachFromTenancies(Collection<Long> tenancyIds);
}
