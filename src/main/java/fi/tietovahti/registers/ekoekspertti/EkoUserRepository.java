package fi.tietovahti.registers.ekoekspertti;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EkoUserRepository extends JpaRepository<EkoUser, Long> {

    @Query("select u from EkoUser u where lower(u.email) in :emails order by u.registeredAt")
    List<EkoUser> findByEmails(Collection<String> emails);

    @Modifying
    @Query("delete from EkoUser u where u.id in :ids")
    int deleteByIds(Collection<Long> ids);

    /** Community totals keep the points; the user is no longer identifiable. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update tietovahti.eko_user set email = 'anonymised-' || id || '@invalid', nickname = 'anonymised',
                   residence = '(poistettu)', closed_at = coalesce(closed_at, :now)
            where id in :ids""")
    int anonymise(Collection<Long> ids, java.time.Instant now);
}
