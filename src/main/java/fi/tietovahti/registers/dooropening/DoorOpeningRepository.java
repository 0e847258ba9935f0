package fi.tietovahti.registers.dooropening;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DoorOpeningRepository extends JpaRepository<DoorOpening, Long> {

    List<DoorOpening> findByPersonIdInOrderByRequestedAt(Collection<Long> personIds);

    @Modifying
    @Query("delete from DoorOpening d where d.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
