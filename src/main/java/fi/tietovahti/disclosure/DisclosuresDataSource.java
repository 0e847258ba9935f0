package fi.tietovahti.disclosure;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The disclosure register as a register of its own: the access report lists every disclosure made about the person
 * (GDPR 15(1)(c): the recipients to whom the data has been disclosed) and their consents to disclosures. The records
 * are the controller's proof of lawful disclosure (Art. 5(2), 30): an erasure keeps them for their retention period.
 */
@Component
class DisclosuresDataSource extends RegisterSource {

    static final String HANDOVER = "disclosures.handover";
    static final String CONSENT = "disclosures.consent";

    private final DisclosureRegister register;
    private final Consents consents;

    DisclosuresDataSource(DisclosureRegister register, Consents consents, ProcessingRestrictions restrictions) {
        super("disclosures", Set.of(HANDOVER, CONSENT), restrictions);
        this.register = register;
        this.consents = consents;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        for (Long person : subject.personIds()) {
            for (DisclosureRegister.Disclosure d : register.about(person)) {
                records.add(HANDOVER, "disclosure:" + d.id(), "Disclosure", d.disclosedAt())
                        .field("recipient", d.recipientName())
                        .field("purposeOfDisclosure", d.purpose())
                        .field("legalBasis", d.nationalSection() == null ? d.basis()
                                : d.basis() + ", " + d.nationalSection())
                        .field("dataDisclosed", d.fields())
                        .field("disclosedAt", d.disclosedAt());
            }
            for (Consents.Consent c : consents.of(person)) {
                records.add(CONSENT, "disclosure_consent:" + c.id(), "Consent to disclosure", c.givenAt())
                        .field("recipient", c.recipientKind())
                        .field("purposeOfDisclosure", c.purpose())
                        .field("consentGivenHow", c.givenHow().name())
                        .field("givenAt", c.givenAt())
                        .field("withdrawnAt", c.withdrawnAt());
            }
        }
    }

    /** Kept: the record of a lawful disclosure outlives an erasure request until its retention period ends. */
    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        return new ErasureReport.Builder(register()).build();
    }
}
