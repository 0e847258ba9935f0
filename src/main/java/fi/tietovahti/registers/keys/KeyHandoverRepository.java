package fi.tietovahti.registers.keys;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface KeyHandoverRepository extends JpaRepository<KeyHandover, Long> {

    List<KeyHandover> findByPersonIdInOrderByHandedOverOn(Collection<Long> personIds);

    @Modifying
    @Query("delete from KeyHandover k where k.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
