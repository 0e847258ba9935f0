package fi.tietovahti.registers.customerservice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByPersonIdInOrderByGivenAt(Collection<Long> personIds);

    @Modifying
    @Query("delete from Feedback f where f.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);

    /** Scores stay in the survey statistics; the person and their words go. */
    @Modifying
    @Query("update Feedback f set f.personId = null, f.text = null where f.personId in :personIds")
    int anonymise(Collection<Long> personIds);
}
