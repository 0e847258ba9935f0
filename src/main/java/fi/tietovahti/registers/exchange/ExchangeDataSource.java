package fi.tietovahti.registers.exchange;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Apartment-exchange accounts, found by the subject's email addresses. */
@Component
class ExchangeDataSource extends RegisterSource {

    static final String ACCOUNT = "apartment-exchange.account";

    private final ExchangeAccountRepository accounts;

    ExchangeDataSource(ExchangeAccountRepository accounts, ProcessingRestrictions restrictions) {
        super("apartment-exchange", Set.of(ACCOUNT), restrictions);
        this.accounts = accounts;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.emails().isEmpty()) {
            return;
        }
        for (ExchangeAccount a : accounts.findByEmails(subject.emails())) {
            records.add(ACCOUNT, "exchange_account:" + a.id, "Apartment-exchange account", a.createdAt)
                    .field("username", a.username)
                    .field("email", a.email)
                    .field("phone", a.phone)
                    .field("createdAt", a.createdAt)
                    .field("lastLoginAt", a.lastLoginAt);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(ACCOUNT) != ErasureAction.KEEP && !subject.emails().isEmpty()) {
            report.add(ACCOUNT, ErasureAction.ERASE, accounts.deleteByEmails(subject.emails()));
        }
        return report.build();
    }
}
