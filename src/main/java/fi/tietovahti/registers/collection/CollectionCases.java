package fi.tietovahti.registers.collection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The collection register's cases as the rent-collection process keeps them: one open case per tenancy, the invoices
 * it collects, the payments applied, the letters, plans and hand-overs. Stores what it is told; the rules of what may
 * be done live in the collection module.
 */
@Component
public class CollectionCases {

    public record Case(long id, String reference, long tenancyId, String status, LocalDate openedOn,
                       LocalDate disputedOn, LocalDate holdUntil, LocalDate rescissionAskedOn, String answered) {

        public boolean answered(String question) {
            return java.util.Arrays.asList(answered.split(",")).contains(question);
        }

        public boolean closed() {
            return "PAID".equals(status) || "CLOSED".equals(status);
        }
    }

    /** An invoice of the case: unpaid principal, and late interest accrued before {@code interestFrom}, unpaid. */
    public record CaseInvoice(long ledgerEntryId, LocalDate dueDate, long amountCents, long unpaidCents,
                              LocalDate interestFrom, long interestCents) {
    }

    public record Step(String type, LocalDate on, long feeCents) {
    }

    public record Payment(LocalDate paidOn, long amountCents, long toInterestCents, long toPrincipalCents,
                          long toCostsCents, long leftOverCents) {
    }

    public record Instalment(int number, LocalDate dueDate, long amountCents) {
    }

    public record Plan(long id, LocalDate agreedOn, long feeCents, String status, List<Instalment> instalments) {
    }

    public record Handover(long id, LocalDate handedOn, String partnerReference, String status) {
    }

    /** Everything the rules look at, read in one go. */
    public record State(Case kase, List<CaseInvoice> invoices, List<Step> steps, List<Payment> payments,
                        Optional<Plan> plan, Optional<Handover> handover) {

        public long unpaidPrincipalCents() {
            return invoices.stream().mapToLong(CaseInvoice::unpaidCents).sum();
        }

        public long feesCents() {
            return steps.stream().mapToLong(Step::feeCents).sum();
        }

        public long unpaidCostsCents() {
            return feesCents() - payments.stream().mapToLong(Payment::toCostsCents).sum();
        }
    }

    /** A letter as sent, for the register. */
    public record Letter(long caseId, String kind, String language, LocalDate sentOn, LocalDate payBy,
                         long principalCents, long interestCents, long feeCents, String channel, String fileName,
                         byte[] content, String sha256) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CollectionCases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String CASE = """
            select id, reference, tenancy_id, status, opened_on, disputed_on, hold_until, rescission_asked_on,
                   questions_answered from tietovahti.collection_case""";

    private static Case caseRow(ResultSet rs, int i) throws SQLException {
        return new Case(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), day(rs, 5), day(rs, 6),
                day(rs, 7), day(rs, 8), rs.getString(9));
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** The tenancy's open case (the oldest, should history hold more than one). */
    public Optional<Case> openCaseOf(long tenancyId) {
        return jdbc.query(CASE + " where tenancy_id = :t and status not in ('PAID', 'CLOSED') order by id limit 1",
                Map.of("t", tenancyId), CollectionCases::caseRow).stream().findFirst();
    }

    /** Open cases of these tenancies, by tenancy. */
    public Map<Long, Case> openCasesOf(Collection<Long> tenancyIds) {
        Map<Long, Case> found = new java.util.HashMap<>();
        if (!tenancyIds.isEmpty()) {
            jdbc.query(CASE + " where tenancy_id in (:t) and status not in ('PAID', 'CLOSED') order by id desc",
                    Map.of("t", tenancyIds), rs -> {
                        Case c = caseRow(rs, 0);
                        found.put(c.tenancyId(), c);
                    });
        }
        return found;
    }

    public Optional<Case> byReference(String reference) {
        return jdbc.query(CASE + " where reference = :r", Map.of("r", reference == null ? "" : reference.strip()),
                CollectionCases::caseRow).stream().findFirst();
    }

    public Case byId(long id) {
        return jdbc.queryForObject(CASE + " where id = :id", Map.of("id", id), CollectionCases::caseRow);
    }

    /** A new open case for the tenancy, with its reference PR-year-number. */
    public Case open(long tenancyId, LocalDate today) {
        String reference = nextReference(today);
        long id = jdbc.queryForObject("""
                insert into tietovahti.collection_case (tenancy_id, opened_on, principal_cents, status, reference)
                values (:t, :on, 0, 'OPEN', :r) returning id""", new MapSqlParameterSource("t", tenancyId)
                .addValue("on", Date.valueOf(today)).addValue("r", reference), Long.class);
        return byId(id);
    }

    /** A case opened before the process existed gets its reference. */
    public Case adopt(Case c, LocalDate today) {
        if (c.reference() == null) {
            jdbc.update("update tietovahti.collection_case set reference = :r where id = :id and reference is null",
                    Map.of("r", nextReference(today), "id", c.id()));
        }
        return byId(c.id());
    }

    private String nextReference(LocalDate today) {
        Long next = jdbc.getJdbcTemplate().queryForObject("select nextval('tietovahti.collection_reference_seq')",
                Long.class);
        return "PR-%d-%06d".formatted(Year.from(today).getValue(), next);
    }

    /** Of these ledger invoices, the ones some case has taken over already. */
    public Set<Long> attachedAmong(Collection<Long> ledgerEntryIds) {
        if (ledgerEntryIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.getJdbcTemplate().queryForList("""
                select ledger_entry_id from tietovahti.collection_invoice where ledger_entry_id = any (?)""",
                Long.class, (Object) ledgerEntryIds.toArray(Long[]::new)));
    }

    /** The case takes over an invoice: interest runs from the day after its due date. False when it had it already. */
    public boolean attach(long caseId, long ledgerEntryId, LocalDate dueDate, long amountCents, long unpaidCents) {
        int added = jdbc.update("""
                insert into tietovahti.collection_invoice (case_id, ledger_entry_id, due_date, amount_cents,
                                                           unpaid_cents, interest_from)
                values (:c, :l, :due, :amount, :unpaid, :from) on conflict (ledger_entry_id) do nothing""",
                new MapSqlParameterSource("c", caseId).addValue("l", ledgerEntryId).addValue("due", Date.valueOf(dueDate))
                        .addValue("amount", amountCents).addValue("unpaid", unpaidCents)
                        .addValue("from", Date.valueOf(dueDate.plusDays(1))));
        syncPrincipal(caseId);
        return added == 1;
    }

    public State state(long caseId) {
        Case c = byId(caseId);
        Map<String, Long> id = Map.of("c", caseId);
        List<CaseInvoice> invoices = jdbc.query("""
                select ledger_entry_id, due_date, amount_cents, unpaid_cents, interest_from, interest_cents
                from tietovahti.collection_invoice where case_id = :c order by due_date, ledger_entry_id""", id,
                (rs, i) -> new CaseInvoice(rs.getLong(1), day(rs, 2), rs.getLong(3), rs.getLong(4), day(rs, 5),
                        rs.getLong(6)));
        List<Step> steps = jdbc.query("""
                select step_type, step_date, fee_cents from tietovahti.collection_step where case_id = :c
                order by step_date, id""", id, (rs, i) -> new Step(rs.getString(1), day(rs, 2), rs.getLong(3)));
        List<Payment> payments = jdbc.query("""
                select paid_on, amount_cents, to_interest_cents, to_principal_cents, to_costs_cents, left_over_cents
                from tietovahti.collection_payment where case_id = :c order by paid_on, id""", id,
                (rs, i) -> new Payment(day(rs, 1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
        Optional<Plan> plan = jdbc.query("""
                select id, agreed_on, fee_cents, status from tietovahti.collection_plan where case_id = :c
                order by id desc limit 1""", id, (rs, i) -> new Plan(rs.getLong(1), day(rs, 2), rs.getLong(3),
                rs.getString(4), List.of())).stream().findFirst()
                .map(p -> new Plan(p.id(), p.agreedOn(), p.feeCents(), p.status(), jdbc.query("""
                        select number, due_date, amount_cents from tietovahti.collection_plan_instalment
                        where plan_id = :p order by number""", Map.of("p", p.id()),
                        (rs, i) -> new Instalment(rs.getInt(1), day(rs, 2), rs.getLong(3)))));
        Optional<Handover> handover = jdbc.query("""
                select id, handed_on, partner_reference, status from tietovahti.collection_handover where case_id = :c
                order by id desc limit 1""", id, (rs, i) -> new Handover(rs.getLong(1), day(rs, 2), rs.getString(3),
                rs.getString(4))).stream().findFirst();
        return new State(c, invoices, steps, payments, plan, handover);
    }

    /** An invoice's unpaid principal and interest after a payment or an interest accrual. */
    public void updateInvoice(long caseId, long ledgerEntryId, long unpaidCents, LocalDate interestFrom,
                              long interestCents) {
        jdbc.update("""
                update tietovahti.collection_invoice set unpaid_cents = :u, interest_from = :f, interest_cents = :i
                where case_id = :c and ledger_entry_id = :l""", new MapSqlParameterSource("u", unpaidCents)
                .addValue("f", Date.valueOf(interestFrom)).addValue("i", interestCents).addValue("c", caseId)
                .addValue("l", ledgerEntryId));
    }

    public void recordPayment(long caseId, long ledgerEntryId, Payment p) {
        jdbc.update("""
                insert into tietovahti.collection_payment (case_id, ledger_entry_id, paid_on, amount_cents,
                    to_interest_cents, to_principal_cents, to_costs_cents, left_over_cents)
                values (:c, :l, :on, :a, :i, :p, :k, :left)""", new MapSqlParameterSource("c", caseId)
                .addValue("l", ledgerEntryId).addValue("on", Date.valueOf(p.paidOn())).addValue("a", p.amountCents())
                .addValue("i", p.toInterestCents()).addValue("p", p.toPrincipalCents()).addValue("k", p.toCostsCents())
                .addValue("left", p.leftOverCents()));
        syncPrincipal(caseId);
    }

    private void syncPrincipal(long caseId) {
        jdbc.update("""
                update tietovahti.collection_case set principal_cents = (select coalesce(sum(unpaid_cents), 0)
                    from tietovahti.collection_invoice where case_id = :c) where id = :c""", Map.of("c", caseId));
    }

    public long recordLetter(Letter l) {
        return jdbc.queryForObject("""
                insert into tietovahti.collection_letter (case_id, kind, language, sent_on, pay_by, principal_cents,
                    interest_cents, fee_cents, channel, file_name, content, sha256)
                values (:c, :k, :lang, :sent, :payBy, :p, :i, :f, :ch, :file, :content, :sha) returning id""",
                new MapSqlParameterSource("c", l.caseId()).addValue("k", l.kind()).addValue("lang", l.language())
                        .addValue("sent", Date.valueOf(l.sentOn())).addValue("payBy", Date.valueOf(l.payBy()))
                        .addValue("p", l.principalCents()).addValue("i", l.interestCents())
                        .addValue("f", l.feeCents()).addValue("ch", l.channel()).addValue("file", l.fileName())
                        .addValue("content", l.content()).addValue("sha", l.sha256()), Long.class);
    }

    /** The letters of a case, newest first, without their content. */
    public List<Letter> letters(long caseId) {
        return jdbc.query("""
                select case_id, kind, language, sent_on, pay_by, principal_cents, interest_cents, fee_cents, channel,
                       file_name, sha256 from tietovahti.collection_letter where case_id = :c order by id desc""",
                Map.of("c", caseId), (rs, i) -> new Letter(rs.getLong(1), rs.getString(2), rs.getString(3),
                        day(rs, 4), day(rs, 5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9),
                        rs.getString(10), null, rs.getString(11)));
    }

    public void status(long caseId, String status, LocalDate closedOn) {
        jdbc.update("update tietovahti.collection_case set status = :s, closed_on = :on where id = :c",
                new MapSqlParameterSource("s", status).addValue("on", closedOn == null ? null : Date.valueOf(closedOn))
                        .addValue("c", caseId));
    }

    public void dispute(long caseId, LocalDate on, String note) {
        jdbc.update("update tietovahti.collection_case set disputed_on = :on, dispute_note = :n where id = :c",
                new MapSqlParameterSource("on", on == null ? null : Date.valueOf(on)).addValue("n", note)
                        .addValue("c", caseId));
    }

    public void holdUntil(long caseId, LocalDate day) {
        jdbc.update("update tietovahti.collection_case set hold_until = :d where id = :c",
                new MapSqlParameterSource("d", day == null ? null : Date.valueOf(day)).addValue("c", caseId));
    }

    /** A question the handler answered "go on" to is not asked again in this case. */
    public void answered(long caseId, String question) {
        jdbc.update("""
                update tietovahti.collection_case set questions_answered = case when questions_answered = '' then :q
                    else questions_answered || ',' || :q end
                where id = :c and not (',' || questions_answered || ',' like '%,' || :q || ',%')""",
                Map.of("q", question, "c", caseId));
    }

    public void rescissionAsked(long caseId, LocalDate day) {
        jdbc.update("update tietovahti.collection_case set rescission_asked_on = :d where id = :c",
                Map.of("d", Date.valueOf(day), "c", caseId));
    }

    /** A new plan replaces the case's active one. */
    public long agreePlan(long caseId, LocalDate agreedOn, String agreedBy, long feeCents, List<Instalment> instalments) {
        jdbc.update("update tietovahti.collection_plan set status = 'ENDED', ended_on = :on where case_id = :c "
                + "and status = 'ACTIVE'", Map.of("on", Date.valueOf(agreedOn), "c", caseId));
        long id = jdbc.queryForObject("""
                insert into tietovahti.collection_plan (case_id, agreed_on, agreed_by, fee_cents, status)
                values (:c, :on, :by, :fee, 'ACTIVE') returning id""", new MapSqlParameterSource("c", caseId)
                .addValue("on", Date.valueOf(agreedOn)).addValue("by", agreedBy).addValue("fee", feeCents), Long.class);
        for (Instalment i : instalments) {
            jdbc.update("""
                    insert into tietovahti.collection_plan_instalment (plan_id, number, due_date, amount_cents)
                    values (:p, :n, :d, :a)""", new MapSqlParameterSource("p", id).addValue("n", i.number())
                    .addValue("d", Date.valueOf(i.dueDate())).addValue("a", i.amountCents()));
        }
        return id;
    }

    public void planStatus(long planId, String status, LocalDate on) {
        jdbc.update("update tietovahti.collection_plan set status = :s, ended_on = :on where id = :p",
                new MapSqlParameterSource("s", status).addValue("on", Date.valueOf(on)).addValue("p", planId));
    }

    public void handedOver(long caseId, LocalDate on, long principalCents, long costsCents, String partnerReference) {
        jdbc.update("""
                insert into tietovahti.collection_handover (case_id, handed_on, principal_cents, costs_cents,
                                                            partner_reference, status)
                values (:c, :on, :p, :k, :ref, 'WITH_PARTNER')""", new MapSqlParameterSource("c", caseId)
                .addValue("on", Date.valueOf(on)).addValue("p", principalCents).addValue("k", costsCents)
                .addValue("ref", partnerReference));
    }

    public void handoverEnded(long caseId, String status, LocalDate on) {
        jdbc.update("""
                update tietovahti.collection_handover set status = :s, ended_on = :on
                where case_id = :c and status = 'WITH_PARTNER'""", new MapSqlParameterSource("s", status)
                .addValue("on", Date.valueOf(on)).addValue("c", caseId));
    }

    /** The case whose hand-over the partner knows by this reference. */
    public Optional<Case> byPartnerReference(String partnerReference) {
        return jdbc.query(CASE + " where id = (select case_id from tietovahti.collection_handover "
                + "where partner_reference = :r order by id desc limit 1)", Map.of("r", partnerReference),
                CollectionCases::caseRow).stream().findFirst();
    }

    /** A deposit waiting for its settlement; false when the tenancy has one already. */
    public boolean depositWaiting(long tenancyId, long depositCents) {
        return jdbc.update("""
                insert into tietovahti.deposit_settlement (tenancy_id, deposit_cents, status) values (:t, :d, 'WAITING')
                on conflict (tenancy_id) do nothing""", Map.of("t", tenancyId, "d", depositCents)) == 1;
    }

    /** The deposit of the tenancy, when it waits for its settlement. */
    public Optional<Long> waitingDeposit(long tenancyId) {
        return jdbc.queryForList("select deposit_cents from tietovahti.deposit_settlement where tenancy_id = :t "
                + "and status = 'WAITING'", Map.of("t", tenancyId), Long.class).stream().findFirst();
    }

    public void depositSettled(long tenancyId, long finalInvoiceCents, long setOffCents, long refundCents, Long caseId,
                               LocalDate on, String by) {
        jdbc.update("""
                update tietovahti.deposit_settlement set final_invoice_cents = :f, set_off_cents = :s, refund_cents = :r,
                    collection_case_id = :c, status = 'SETTLED', settled_on = :on, settled_by = :by
                where tenancy_id = :t""",
                new MapSqlParameterSource("f", finalInvoiceCents).addValue("s", setOffCents).addValue("r", refundCents)
                        .addValue("c", caseId)
                        .addValue("on", Date.valueOf(on)).addValue("by", by).addValue("t", tenancyId));
    }
}
