package fi.tietovahti.registers.newsletter;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The newsletter mailing list, found by the subject's email addresses. */
@Component
class NewsletterDataSource extends RegisterSource {

    static final String SUBSCRIPTION = "newsletter.subscription";

    private final NewsletterSubscriberRepository subscribers;

    NewsletterDataSource(NewsletterSubscriberRepository subscribers, ProcessingRestrictions restrictions) {
        super("newsletter", Set.of(SUBSCRIPTION), restrictions);
        this.subscribers = subscribers;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.emails().isEmpty()) {
            return;
        }
        for (NewsletterSubscriber s : subscribers.findByEmails(subject.emails())) {
            // the unsubscribe token is a secret of the subscription, not data about the person: never shown
            records.add(SUBSCRIPTION, "newsletter_subscriber:" + s.id, "Newsletter subscription", s.consentGivenAt)
                    .field("email", s.email)
                    .field("name", s.name)
                    .field("regionalOffice", s.regionalOffice)
                    .field("activityBackground", s.activityBackground)
                    .field("consentGivenAt", s.consentGivenAt)
                    .field("consentText", s.consentText)
                    .field("unsubscribedAt", s.unsubscribedAt);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(SUBSCRIPTION) != ErasureAction.KEEP && !subject.emails().isEmpty()) {
            report.add(SUBSCRIPTION, ErasureAction.ERASE, subscribers.deleteByEmails(subject.emails()));
        }
        return report.build();
    }
}
