package fi.tietovahti.registers.customerservice;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Customer-service interactions, feedback and survey answers. */
@Component
class CustomerServiceDataSource extends RegisterSource {

    static final String INTERACTION = "customer-service.interaction";
    static final String FEEDBACK = "customer-service.feedback";

    private final ServiceInteractionRepository interactions;
    private final FeedbackRepository feedback;

    CustomerServiceDataSource(ServiceInteractionRepository interactions, FeedbackRepository feedback,
                              ProcessingRestrictions restrictions) {
        super("customer-service", Set.of(INTERACTION, FEEDBACK), restrictions);
        this.interactions = interactions;
        this.feedback = feedback;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (ServiceInteraction i : interactions.findByPersonIdInOrderByOccurredAt(subject.personIds())) {
            records.add(INTERACTION, "service_interaction:" + i.id, "Customer-service contact", i.occurredAt)
                    .field("occurredAt", i.occurredAt)
                    .field("channel", i.channel.name())
                    .field("regionalOffice", i.regionalOffice)
                    .field("topic", i.topic)
                    .field("summary", i.summary)
                    // the staff member who wrote the note
                    .thirdParty("handledBy", i.handledBy);
        }
        for (Feedback f : feedback.findByPersonIdInOrderByGivenAt(subject.personIds())) {
            records.add(FEEDBACK, "feedback:" + f.id, f.kind == Feedback.Kind.FEEDBACK ? "Feedback" : "Survey answer",
                            f.givenAt)
                    .field("givenAt", f.givenAt)
                    .field("kind", f.kind.name())
                    .field("score", f.score)
                    .field("text", f.text);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (subject.personIds().isEmpty()) {
            return report.build();
        }
        if (plan.actionFor(INTERACTION) != ErasureAction.KEEP) {
            report.add(INTERACTION, ErasureAction.ERASE, interactions.deleteByPersonIds(subject.personIds()));
        }
        switch (plan.actionFor(FEEDBACK)) {
            case ERASE -> report.add(FEEDBACK, ErasureAction.ERASE, feedback.deleteByPersonIds(subject.personIds()));
            case ANONYMISE -> report.add(FEEDBACK, ErasureAction.ANONYMISE, feedback.anonymise(subject.personIds()));
            case KEEP -> { }
        }
        return report.build();
    }
}
