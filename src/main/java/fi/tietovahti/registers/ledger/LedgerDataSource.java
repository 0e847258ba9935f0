package fi.tietovahti.registers.ledger;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The rent ledger of the tenancies in which the subject is a contract party. */
@Component
class LedgerDataSource extends RegisterSource {

    static final String INVOICE = "rent-ledger.invoice";
    static final String PAYMENT = "rent-ledger.payment";
    private static final List<LedgerEntry.Type> INVOICE_TYPES = List.of(LedgerEntry.Type.INVOICE, LedgerEntry.Type.CREDIT);
    private static final List<LedgerEntry.Type> PAYMENT_TYPES = List.of(LedgerEntry.Type.PAYMENT);

    private final LedgerEntryRepository entries;

    LedgerDataSource(LedgerEntryRepository entries, ProcessingRestrictions restrictions) {
        super("rent-ledger", Set.of(INVOICE, PAYMENT), restrictions);
        this.entries = entries;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.contractTenancyIds().isEmpty()) {
            return;
        }
        for (LedgerEntry e : entries.findByTenancyIdInOrderByEntryDateAscIdAsc(subject.contractTenancyIds())) {
            boolean payment = e.entryType == LedgerEntry.Type.PAYMENT;
            records.add(payment ? PAYMENT : INVOICE, "ledger_entry:" + e.id,
                            payment ? "Payment" : e.entryType == LedgerEntry.Type.CREDIT ? "Credit" : "Invoice",
                            e.entryDate)
                    .field("tenancyId", e.tenancyId)
                    .field("date", e.entryDate)
                    .field("dueDate", e.dueDate)
                    .field("amountEur", e.amount())
                    .field("reference", e.reference)
                    .field("description", e.description);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (!subject.contractTenancyIds().isEmpty()) {
            apply(subject, plan.actionFor(INVOICE), INVOICE, INVOICE_TYPES, report);
            apply(subject, plan.actionFor(PAYMENT), PAYMENT, PAYMENT_TYPES, report);
        }
        return report.build();
    }

    private void apply(DataSubject subject, ErasureAction action, String category, List<LedgerEntry.Type> types,
                       ErasureReport.Builder report) {
        switch (action) {
            case ERASE -> report.add(category, action, entries.delete(subject.contractTenancyIds(), types));
            case ANONYMISE -> report.add(category, action, entries.anonymise(subject.contractTenancyIds(), types));
            case KEEP -> { }
        }
    }
}
