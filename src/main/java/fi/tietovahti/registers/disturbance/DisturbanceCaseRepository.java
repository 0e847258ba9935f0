package fi.tietovahti.registers.disturbance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisturbanceCaseRepository extends JpaRepository<DisturbanceCase, Long> {

    List<DisturbanceCase> findByTenancyIdInOrderByOpenedOn(Collection<Long> tenancyIds);
}
