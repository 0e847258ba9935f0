package fi.tietovahti.registers.customerservice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ServiceInteractionRepository extends JpaRepository<ServiceInteraction, Long> {

    List<ServiceInteraction> findByPersonIdInOrderByOccurredAt(Collection<Long> personIds);

    @Modifying
    @Query("delete from ServiceInteraction i where i.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
