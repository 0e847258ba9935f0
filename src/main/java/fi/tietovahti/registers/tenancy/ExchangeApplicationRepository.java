package fi.tietovahti.registers.tenancy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ExchangeApplicationRepository extends JpaRepository<ExchangeApplication, Long> {

    @Query("select a from ExchangeApplication a where a.tenancy.id in :tenancyIds order by a.submittedOn")
    List<ExchangeApplication> findByTenancyIds(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from ExchangeApplication a where a.tenancy.id in :tenancyIds")
    int deleteByTenancyIds(Collection<Long> tenancyIds);
}
