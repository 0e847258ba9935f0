package fi.tietovahti.registers.tenancy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeaseChangeRepository extends JpaRepository<LeaseChange, Long> {

    @Query("select c from LeaseChange c where c.tenancy.id in :tenancyIds order by c.effectiveDate")
    List<LeaseChange> findByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from LeaseChange c where c.tenancy.id in :tenancyIds")
    int deleteByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("update LeaseChange c set c.details = null where c.tenancy.id in :tenancyIds and c.details is not null")
    int clearDetails(Collection<Long> tenancyIds);
}
