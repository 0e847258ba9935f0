package fi.tietovahti.registers.newsletter;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NewsletterSubscriberRepository extends JpaRepository<NewsletterSubscriber, Long> {

    @Query("select s from NewsletterSubscriber s where lower(s.email) in :emails order by s.consentGivenAt")
    List<NewsletterSubscriber> findByEmails(Collection<String> emails);

    @Modifying
    @Query("delete from NewsletterSubscriber s where lower(s.email) in :emails")
    int deleteByEmails(Collection<String> emails);
}
