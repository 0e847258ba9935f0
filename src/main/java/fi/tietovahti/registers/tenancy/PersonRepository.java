package fi.tietovahti.registers.tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByHetu(String hetu);

    List<Person> findByBirthDate(LocalDate birthDate);

    /** Removes the person: names replaced, code gone, birth date kept to the year (age statistics stay true). */
    @Modifying
    @Query(nativeQuery = true, value = """
            update tietovahti.person set first_name = '(poistettu)', last_name = '(poistettu)', hetu = null,
                   email = null, phone = null,
                   birth_date = make_date(extract(year from birth_date)::int, 1, 1), anonymised_at = :now
            where id in :ids and anonymised_at is null""")
    int anonymise(Collection<Long> ids, Instant now);

    @Modifying
    @Query("update Person p set p.email = null, p.phone = null where p.id in :ids and (p.email is not null or p.phone is not null)")
    int eraseContactDetails(Collection<Long> ids);
}
