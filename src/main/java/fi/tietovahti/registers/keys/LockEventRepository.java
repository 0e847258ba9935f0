package fi.tietovahti.registers.keys;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LockEventRepository extends JpaRepository<LockEvent, Long> {

    /** Events of the tags while the subject held them (a tag handed on later belongs to someone else). */
    @Query(nativeQuery = true, value = """
            select e.* from tietovahti.lock_event e join tietovahti.key_handover k on k.key_serial = e.key_serial
            where k.person_id in :personIds
              and e.occurred_at >= k.handed_over_on
              and (k.returned_on is null or e.occurred_at < k.returned_on + 1)
            order by e.occurred_at""")
    List<LockEvent> findHeldBy(Collection<Long> personIds);

    @Modifying
    @Query(nativeQuery = true, value = """
            delete from tietovahti.lock_event e using tietovahti.key_handover k
            where k.key_serial = e.key_serial and k.person_id in :personIds
              and e.occurred_at >= k.handed_over_on
              and (k.returned_on is null or e.occurred_at < k.returned_on + 1)""")
    int deleteHeldBy(Collection<Long> personIds);
}
