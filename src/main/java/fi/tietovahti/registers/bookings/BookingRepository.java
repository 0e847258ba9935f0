package fi.tietovahti.registers.bookings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    List<Booking> findByPersonIdInOrderByStartsAt(Collection<Long> personIds);

    @Modifying
    @Query("delete from Booking b where b.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
