package fi.tietovahti.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IdentityVerificationRepository extends JpaRepository<IdentityVerification, Long> {

    Optional<IdentityVerification> findByProviderRequestId(String providerRequestId);

    @Query("""
            select v from IdentityVerification v where v.verifiedHetu in :codes or v.caseId in :caseIds
            order by v.requestedAt""")
    List<IdentityVerification> findForSubject(Collection<String> codes, Collection<Long> caseIds);

    @Modifying
    @Query("""
            update IdentityVerification v set v.verifiedName = '(poistettu)', v.verifiedHetu = null
            where v.id in :ids and (v.verifiedHetu is not null or v.verifiedName <> '(poistettu)')""")
    int anonymise(Collection<Long> ids);
}
