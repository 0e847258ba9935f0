package fi.tietovahti.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityVerificationRepository extends JpaRepository<IdentityVerification, Long> {

    Optional<IdentityVerification> findByProviderRequestId(String providerRequestId);

    List<IdentityVerification> findByCaseIdOrderByRequestedAt(Long caseId);
}
