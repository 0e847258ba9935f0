package fi.tietovahti.registers.exchange;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ExchangeAccountRepository extends JpaRepository<ExchangeAccount, Long> {

    @Query("select a from ExchangeAccount a where lower(a.email) in :emails order by a.createdAt")
    List<ExchangeAccount> findByEmails(Collection<String> emails);

    @Modifying
    @Query("delete from ExchangeAccount a where lower(a.email) in :emails")
    int deleteByEmails(Collection<String> emails);
}
