package fi.tietovahti.registers.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rent ledger as collection uses it: the invoices whose due date has passed unpaid, an invoice by its reference,
 * and a payment entered. An invoice is paid by payments with its reference (the Finnish creditor reference); what
 * a collection case has taken over is the case's to follow, not the ledger's.
 */
@Component
public class RentLedger {

    /** An invoice with what of it is still unpaid by payments carrying its reference. */
    public record Invoice(long id, long tenancyId, LocalDate dueDate, long amountCents, long unpaidCents,
                          String reference) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    RentLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invoices due before {@code today} that payments with their reference have not covered, oldest first, of the
     * tenancies whose balance is owing (invoices due before today less every payment and credit). The balance comes
     * first because it is one pass over the ledger (a second over 2.8 million invoices, one reference look-up each,
     * took 38 s on the benchmark data set; this takes about one): a tenant who paid, under whatever reference, is not
     * in arrears. This is the query the month-end benchmark prints beside the run.
     */
    public List<Invoice> overdue(LocalDate today) {
        // materialized: left to itself the planner filters every invoice of the ledger by the payment sub-query
        // before the join (six minutes on the benchmark data set)
        return jdbc.query("""
                with owing as materialized (
                    select tenancy_id from tietovahti.ledger_entry
                    where due_date is null or due_date < :today
                    group by tenancy_id having sum(amount_cents) > 0),
                invoices as materialized (
                    select i.id, i.tenancy_id, i.due_date, i.amount_cents, i.reference, i.amount_cents + coalesce((
                           select sum(p.amount_cents) from tietovahti.ledger_entry p where p.entry_type = 'PAYMENT'
                             and p.reference = i.reference and p.tenancy_id = i.tenancy_id), 0) as unpaid
                    from owing o join tietovahti.ledger_entry i on i.tenancy_id = o.tenancy_id
                    where i.entry_type = 'INVOICE' and i.due_date < :today and i.amount_cents > 0)
                select id, tenancy_id, due_date, amount_cents, reference, unpaid from invoices i where unpaid > 0
                order by i.tenancy_id, i.due_date, i.id""", Map.of("today", Date.valueOf(today)),
                (rs, n) -> new Invoice(rs.getLong("id"), rs.getLong("tenancy_id"),
                        rs.getDate("due_date").toLocalDate(), rs.getLong("amount_cents"), rs.getLong("unpaid"),
                        rs.getString("reference")));
    }

    /** One month's invoiced rent and what payments with its invoices' references paid of it, in cents. */
    public record MonthOfRent(java.time.YearMonth month, long dueCents, long paidCents) {
    }

    /** The tenancy's months by their invoices' due dates, oldest first. */
    public List<MonthOfRent> months(long tenancyId) {
        return jdbc.query("""
                select date_trunc('month', i.due_date)::date as month, sum(i.amount_cents) as due,
                       coalesce(sum((select -sum(p.amount_cents) from tietovahti.ledger_entry p
                           where p.entry_type = 'PAYMENT' and p.reference = i.reference
                             and p.tenancy_id = i.tenancy_id)), 0) as paid
                from tietovahti.ledger_entry i where i.tenancy_id = :t and i.entry_type = 'INVOICE'
                group by 1 order by 1""", Map.of("t", tenancyId), (rs, n) -> new MonthOfRent(
                java.time.YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("due"), rs.getLong("paid")));
    }

    /** The invoice with this reference, and what of it payments have not covered. */
    public Optional<Invoice> invoice(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("""
                select i.id, i.tenancy_id, i.due_date, i.amount_cents, i.reference,
                       i.amount_cents + coalesce((select sum(p.amount_cents) from tietovahti.ledger_entry p
                           where p.entry_type = 'PAYMENT' and p.reference = i.reference
                             and p.tenancy_id = i.tenancy_id), 0) as unpaid
                from tietovahti.ledger_entry i where i.entry_type = 'INVOICE' and i.reference = :ref
                order by i.id limit 1""", Map.of("ref", normalise(reference)), (rs, n) -> new Invoice(rs.getLong("id"),
                rs.getLong("tenancy_id"), rs.getDate("due_date").toLocalDate(), rs.getLong("amount_cents"),
                rs.getLong("unpaid"), rs.getString("reference"))).stream().findFirst();
    }

    /** Whether a payment with this archive id is in the ledger already. */
    public boolean hasPayment(String archiveId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tietovahti.ledger_entry "
                + "where archive_id = :a)", Map.of("a", archiveId), Boolean.class));
    }

    /** Enters a payment (stored negative, as the ledger stores payments) and returns its entry id. */
    public long enterPayment(long tenancyId, LocalDate paidOn, long amountCents, String reference, String archiveId) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a payment is a positive amount");
        }
        return jdbc.queryForObject("""
                insert into tietovahti.ledger_entry (tenancy_id, entry_type, entry_date, amount_cents, reference,
                                                     description, archive_id)
                values (:tenancy, 'PAYMENT', :paid, :amount, :ref, 'Maksu viitteellä', :archive) returning id""",
                new MapSqlParameterSource("tenancy", tenancyId).addValue("paid", Date.valueOf(paidOn))
                        .addValue("amount", -amountCents).addValue("ref", normalise(reference))
                        .addValue("archive", archiveId), Long.class);
    }

    /** A payment the ledger could not place, waiting for a handler. */
    public record UnplacedPayment(long id, LocalDate paidOn, long amountCents, String reference, String archiveId,
                                  String reason, String status) {
    }

    /** Whether this archive id was received already, placed or not. */
    public boolean received(String archiveId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from tietovahti.ledger_entry where archive_id = :a)
                    or exists (select 1 from tietovahti.unplaced_payment where archive_id = :a)""",
                Map.of("a", archiveId), Boolean.class));
    }

    public long recordUnplaced(java.time.Instant receivedAt, LocalDate paidOn, long amountCents, String reference,
                               String archiveId, String reason) {
        return jdbc.queryForObject("""
                insert into tietovahti.unplaced_payment (received_at, paid_on, amount_cents, reference, archive_id,
                                                         reason, status)
                values (:at, :paid, :amount, :ref, :archive, :reason, 'WAITING') returning id""",
                new MapSqlParameterSource("at", java.sql.Timestamp.from(receivedAt)).addValue("paid", Date.valueOf(paidOn))
                        .addValue("amount", amountCents).addValue("ref", reference).addValue("archive", archiveId)
                        .addValue("reason", reason), Long.class);
    }

    public Optional<UnplacedPayment> unplaced(long id) {
        return jdbc.query("""
                select id, paid_on, amount_cents, reference, archive_id, reason, status
                from tietovahti.unplaced_payment where id = :id""", Map.of("id", id), (rs, n) -> new UnplacedPayment(
                rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7))).stream().findFirst();
    }

    /** A waiting payment placed or returned by a handler; false when it was resolved already. */
    public boolean resolveUnplaced(long id, String status, String by, java.time.Instant at) {
        return jdbc.update("""
                update tietovahti.unplaced_payment set status = :s, resolved_by = :by, resolved_at = :at
                where id = :id and status = 'WAITING'""", new MapSqlParameterSource("s", status).addValue("by", by)
                .addValue("at", java.sql.Timestamp.from(at)).addValue("id", id)) == 1;
    }

    /** Enters an invoice (a final invoice at the end of a tenancy) and returns its entry id. */
    public long enterInvoice(long tenancyId, LocalDate on, LocalDate dueDate, long amountCents, String reference,
                             String description) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("an invoice is a positive amount");
        }
        return jdbc.queryForObject("""
                insert into tietovahti.ledger_entry (tenancy_id, entry_type, entry_date, due_date, amount_cents,
                                                     reference, description)
                values (:tenancy, 'INVOICE', :on, :due, :amount, :ref, :d) returning id""",
                new MapSqlParameterSource("tenancy", tenancyId).addValue("on", Date.valueOf(on))
                        .addValue("due", Date.valueOf(dueDate)).addValue("amount", amountCents)
                        .addValue("ref", reference).addValue("d", description), Long.class);
    }

    /** A reference as banks print it, with or without spaces: stored without. */
    public static String normalise(String reference) {
        return reference == null ? null : reference.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
