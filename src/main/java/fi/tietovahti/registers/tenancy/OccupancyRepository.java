package fi.tietovahti.registers.tenancy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OccupancyRepository extends JpaRepository<Occupancy, Long> {

    @Query("""
            select o from Occupancy o join fetch o.tenancy t join fetch t.apartment join fetch o.person
            where o.person.id in :personIds order by o.movedIn""")
    List<Occupancy> findByPersonIds(Collection<Long> personIds);

    @Query("""
            select o from Occupancy o join fetch o.person
            where o.tenancy.id in :tenancyIds order by o.tenancy.id, o.movedIn""")
    List<Occupancy> findByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from Occupancy o where o.person.id in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
