package fi.tietovahti.registers.health;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface HealthNoteRepository extends JpaRepository<HealthNote, Long> {

    List<HealthNote> findByPersonIdInOrderByRecordedAt(Collection<Long> personIds);

    @Modifying
    @Query("delete from HealthNote h where h.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
