package fi.tietovahti.registers.collection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CollectionCaseRepository extends JpaRepository<CollectionCase, Long> {

    List<CollectionCase> findByTenancyIdInOrderByOpenedOn(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from CollectionCase c where c.tenancyId in :tenancyIds")
    int deleteByTenancyIds(Collection<Long> tenancyIds);
}
