package fi.tietovahti.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyCaseRepository extends JpaRepository<PrivacyCase, Long> {

    Optional<PrivacyCase> findByCaseNumber(String caseNumber);
}
