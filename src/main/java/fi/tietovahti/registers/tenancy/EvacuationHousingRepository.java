package fi.tietovahti.registers.tenancy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvacuationHousingRepository extends JpaRepository<EvacuationHousing, Long> {

    @Query("select e from EvacuationHousing e where e.tenancy.id in :tenancyIds order by e.startDate")
    List<EvacuationHousing> findByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from EvacuationHousing e where e.tenancy.id in :tenancyIds")
    int deleteByTenancyIds(Collection<Long> tenancyIds);
}
