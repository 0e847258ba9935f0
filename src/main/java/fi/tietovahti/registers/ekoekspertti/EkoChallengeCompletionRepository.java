package fi.tietovahti.registers.ekoekspertti;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EkoChallengeCompletionRepository extends JpaRepository<EkoChallengeCompletion, Long> {

    List<EkoChallengeCompletion> findByUserIdInOrderByCompletedAt(Collection<Long> userIds);

    @Modifying
    @Query("delete from EkoChallengeCompletion c where c.userId in :userIds")
    int deleteByUserIds(Collection<Long> userIds);
}
