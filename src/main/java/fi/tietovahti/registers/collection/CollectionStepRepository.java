package fi.tietovahti.registers.collection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CollectionStepRepository extends JpaRepository<CollectionStep, Long> {

    List<CollectionStep> findByCaseIdInOrderByStepDate(Collection<Long> caseIds);

    @Modifying
    @Query("delete from CollectionStep s where s.caseId in (select c.id from CollectionCase c where c.tenancyId in :tenancyIds)")
    int deleteByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("""
            update CollectionStep s set s.note = null where s.note is not null
              and s.caseId in (select c.id from CollectionCase c where c.tenancyId in :tenancyIds)""")
    int clearNotes(Collection<Long> tenancyIds);
}
