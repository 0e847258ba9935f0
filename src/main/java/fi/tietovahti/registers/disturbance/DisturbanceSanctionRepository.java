package fi.tietovahti.registers.disturbance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DisturbanceSanctionRepository extends JpaRepository<DisturbanceSanction, Long> {

    List<DisturbanceSanction> findByCaseIdInOrderByIssuedOn(Collection<Long> caseIds);

    @Modifying
    @Query("delete from DisturbanceSanction s where s.caseId in (select d.id from DisturbanceCase d where d.tenancyId in :tenancyIds)")
    int deleteAbout(Collection<Long> tenancyIds);
}
