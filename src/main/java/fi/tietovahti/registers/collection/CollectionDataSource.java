package fi.tietovahti.registers.collection;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Collection and eviction steps of the tenancies in which the subject is a contract party. */
@Component
class CollectionDataSource extends RegisterSource {

    static final String CASE = "collection.case";
    static final String STEP = "collection.step";

    private final CollectionCaseRepository cases;
    private final CollectionStepRepository steps;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    CollectionDataSource(CollectionCaseRepository cases, CollectionStepRepository steps,
                         ProcessingRestrictions restrictions,
                         org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        super("collection", Set.of(CASE, STEP), restrictions);
        this.cases = cases;
        this.steps = steps;
        this.jdbc = jdbc;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.contractTenancyIds().isEmpty()) {
            return;
        }
        List<CollectionCase> found = cases.findByTenancyIdInOrderByOpenedOn(subject.contractTenancyIds());
        for (CollectionCase c : found) {
            records.add(CASE, "collection_case:" + c.id, "Collection case", c.openedOn)
                    .field("tenancyId", c.tenancyId)
                    .field("openedOn", c.openedOn)
                    .field("principalEur", BigDecimal.valueOf(c.principalCents, 2))
                    .field("status", c.status.name())
                    .field("closedOn", c.closedOn);
        }
        if (found.isEmpty()) {
            return;
        }
        for (CollectionStep s : steps.findByCaseIdInOrderByStepDate(found.stream().map(c -> c.id).toList())) {
            records.add(STEP, "collection_step:" + s.id, "Collection step", s.stepDate)
                    .field("caseId", s.caseId)
                    .field("step", s.stepType.name())
                    .field("date", s.stepDate)
                    .field("feeEur", BigDecimal.valueOf(s.feeCents, 2))
                    .field("note", s.note);
        }
        java.util.Map<String, Object> ids = java.util.Map.of("cases", found.stream().map(c -> c.id).toList());
        // the letters as sent (the document itself is the register's; the report says what it was), the payments
        // and how each was applied, the payment plans
        jdbc.query("""
                select id, case_id, kind, language, sent_on, pay_by, principal_cents, interest_cents, fee_cents, channel,
                       sha256 from tietovahti.collection_letter where case_id in (:cases) order by sent_on, id""", ids,
                rs -> {
                    records.add(STEP, "collection_letter:" + rs.getLong("id"), "Collection letter",
                            rs.getDate("sent_on").toLocalDate())
                            .field("caseId", rs.getLong("case_id"))
                            .field("letter", rs.getString("kind"))
                            .field("language", rs.getString("language"))
                            .field("sentOn", rs.getDate("sent_on").toLocalDate())
                            .field("payBy", rs.getDate("pay_by").toLocalDate())
                            .field("principalEur", BigDecimal.valueOf(rs.getLong("principal_cents"), 2))
                            .field("interestEur", BigDecimal.valueOf(rs.getLong("interest_cents"), 2))
                            .field("feeEur", BigDecimal.valueOf(rs.getLong("fee_cents"), 2))
                            .field("channel", rs.getString("channel"))
                            .field("sha256", rs.getString("sha256"));
                });
        jdbc.query("""
                select id, case_id, paid_on, amount_cents, to_interest_cents, to_principal_cents, to_costs_cents,
                       left_over_cents from tietovahti.collection_payment where case_id in (:cases)
                order by paid_on, id""", ids, rs -> {
                    records.add(CASE, "collection_payment:" + rs.getLong("id"), "Payment applied to a collection case",
                            rs.getDate("paid_on").toLocalDate())
                            .field("caseId", rs.getLong("case_id"))
                            .field("paidOn", rs.getDate("paid_on").toLocalDate())
                            .field("amountEur", BigDecimal.valueOf(rs.getLong("amount_cents"), 2))
                            .field("toInterestEur", BigDecimal.valueOf(rs.getLong("to_interest_cents"), 2))
                            .field("toPrincipalEur", BigDecimal.valueOf(rs.getLong("to_principal_cents"), 2))
                            .field("toCostsEur", BigDecimal.valueOf(rs.getLong("to_costs_cents"), 2))
                            .field("leftOverEur", BigDecimal.valueOf(rs.getLong("left_over_cents"), 2));
                });
        jdbc.query("""
                select id, case_id, agreed_on, fee_cents, status, ended_on from tietovahti.collection_plan
                where case_id in (:cases) order by agreed_on, id""", ids, rs -> {
                    records.add(STEP, "collection_plan:" + rs.getLong("id"), "Payment plan",
                            rs.getDate("agreed_on").toLocalDate())
                            .field("caseId", rs.getLong("case_id"))
                            .field("agreedOn", rs.getDate("agreed_on").toLocalDate())
                            .field("feeEur", BigDecimal.valueOf(rs.getLong("fee_cents"), 2))
                            .field("status", rs.getString("status"))
                            .field("endedOn", rs.getDate("ended_on") == null ? null
                                    : rs.getDate("ended_on").toLocalDate());
                });
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        Set<Long> tenancies = subject.contractTenancyIds();
        if (tenancies.isEmpty()) {
            return report.build();
        }
        ErasureAction step = plan.actionFor(STEP);
        ErasureAction kase = plan.actionFor(CASE);
        // a case cannot go while its steps stay: erasing the case erases its steps with it
        java.util.Map<String, Object> of = java.util.Map.of("tenancies", tenancies);
        String caseIds = "select id from tietovahti.collection_case where tenancy_id in (:tenancies)";
        if (step == ErasureAction.ERASE || kase == ErasureAction.ERASE) {
            int letters = jdbc.update("delete from tietovahti.collection_letter where case_id in (" + caseIds + ")", of);
            jdbc.update("delete from tietovahti.collection_plan_instalment where plan_id in (select id from "
                    + "tietovahti.collection_plan where case_id in (" + caseIds + "))", of);
            int plans = jdbc.update("delete from tietovahti.collection_plan where case_id in (" + caseIds + ")", of);
            report.add(STEP, ErasureAction.ERASE, steps.deleteByTenancyIds(tenancies) + letters + plans);
        } else if (step == ErasureAction.ANONYMISE) {
            report.add(STEP, step, steps.clearNotes(tenancies));
        }
        if (kase == ErasureAction.ERASE) {
            int payments = jdbc.update("delete from tietovahti.collection_payment where case_id in (" + caseIds + ")", of);
            jdbc.update("delete from tietovahti.collection_invoice where case_id in (" + caseIds + ")", of);
            jdbc.update("delete from tietovahti.collection_handover where case_id in (" + caseIds + ")", of);
            report.add(CASE, kase, cases.deleteByTenancyIds(tenancies) + payments);
        }
        return report.build();
    }
}
