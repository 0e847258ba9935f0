package fi.tietovahti.registers.disturbance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The disturbance register as the disturbance process keeps it: one open file per tenancy and ground, its complaints
 * (the complainant confidential), remarks, the warning prepared and then delivered, a correction, the basis of a
 * rescission. Stores what it is told; the rules live in the disturbance module.
 */
@Component
public class Disturbances {

    public record Case(long id, String reference, long tenancyId, String ground, LocalDate openedOn,
                       LocalDate correctedOn, LocalDate closedOn, boolean warningWaiting) {
    }

    /** A complainant as the register keeps them: never shown to the tenant complained about. */
    public record Complainant(String kind, String name, String contact) {

        @Override
        public String toString() {
            return "Complainant[" + kind + "]";
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    Disturbances(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select id, reference, tenancy_id, ground, opened_on, corrected_on, closed_on, warning_letter is not null
            from tietovahti.disturbance_case""";

    private static Case row(ResultSet rs, int i) throws SQLException {
        return new Case(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getBoolean(8));
    }

    public Optional<Case> byReference(String reference) {
        return jdbc.query(SELECT + " where reference = :r", Map.of("r", reference == null ? "" : reference),
                Disturbances::row).stream().findFirst();
    }

    public Optional<Case> openCaseOf(long tenancyId, String ground) {
        return jdbc.query(SELECT + " where tenancy_id = :t and ground = :g and closed_on is null order by id limit 1",
                Map.of("t", tenancyId, "g", ground), Disturbances::row).stream().findFirst();
    }

    public Case open(long tenancyId, String ground, LocalDate on, String summary) {
        Long next = jdbc.getJdbcTemplate().queryForObject("select nextval('tietovahti.disturbance_reference_seq')",
                Long.class);
        String reference = "HH-%d-%06d".formatted(Year.from(on).getValue(), next);
        jdbc.update("""
                insert into tietovahti.disturbance_case (tenancy_id, opened_on, summary, reference, ground)
                values (:t, :on, :s, :r, :g)""", new MapSqlParameterSource("t", tenancyId)
                .addValue("on", Date.valueOf(on)).addValue("s", summary).addValue("r", reference).addValue("g", ground));
        return byReference(reference).orElseThrow();
    }

    public long addComplaint(long caseId, Complainant who, LocalDate receivedOn, String description) {
        return jdbc.queryForObject("""
                insert into tietovahti.disturbance_complaint (case_id, complainant_name, complainant_contact,
                    received_on, description, complainant_kind)
                values (:c, :n, :contact, :on, :d, :k) returning id""", new MapSqlParameterSource("c", caseId)
                .addValue("n", who.name()).addValue("contact", who.contact()).addValue("on", Date.valueOf(receivedOn))
                .addValue("d", description).addValue("k", who.kind()), Long.class);
    }

    /** The complainants of the case: what a letter to the tenant must never contain. */
    public List<Complainant> complainants(long caseId) {
        return jdbc.query("""
                select c.complainant_kind, coalesce(c.complainant_name, p.first_name || ' ' || p.last_name),
                       c.complainant_contact
                from tietovahti.disturbance_complaint c left join tietovahti.person p on p.id = c.complainant_person_id
                where c.case_id = :c""", Map.of("c", caseId), (rs, i) -> new Complainant(rs.getString(1),
                rs.getString(2), rs.getString(3)));
    }

    public int complaintCount(long caseId) {
        return jdbc.queryForObject("select count(*) from tietovahti.disturbance_complaint where case_id = :c",
                Map.of("c", caseId), Integer.class);
    }

    public void remark(long caseId, LocalDate on, String ground, String delivery) {
        jdbc.update("""
                insert into tietovahti.disturbance_sanction (case_id, kind, issued_on, ground, delivery, delivered_on)
                values (:c, 'REMARK', :on, :g, :d, :on)""", new MapSqlParameterSource("c", caseId)
                .addValue("on", Date.valueOf(on)).addValue("g", ground).addValue("d", delivery));
    }

    public void warningPrepared(long caseId, byte[] letter, String language) {
        jdbc.update("update tietovahti.disturbance_case set warning_letter = :l, warning_language = :lang where id = :c",
                new MapSqlParameterSource("l", letter).addValue("lang", language).addValue("c", caseId));
    }

    /** The prepared warning reached the tenant: it becomes the case's warning, with its delivery. */
    public void warningDelivered(long caseId, LocalDate issuedOn, String ground, String delivery, LocalDate deliveredOn,
                                 String sha256) {
        jdbc.update("""
                insert into tietovahti.disturbance_sanction (case_id, kind, issued_on, ground, delivery, delivered_on,
                    letter, letter_sha256)
                select id, 'WARNING', :issued, :g, :d, :delivered, warning_letter, :sha from tietovahti.disturbance_case
                where id = :c""", new MapSqlParameterSource("c", caseId).addValue("issued", Date.valueOf(issuedOn))
                .addValue("g", ground).addValue("d", delivery).addValue("delivered", Date.valueOf(deliveredOn))
                .addValue("sha", sha256));
        jdbc.update("update tietovahti.disturbance_case set warning_letter = null where id = :c", Map.of("c", caseId));
    }

    public byte[] warningLetter(long caseId) {
        return jdbc.queryForObject("select warning_letter from tietovahti.disturbance_case where id = :c",
                Map.of("c", caseId), byte[].class);
    }

    /** The days delivered warnings reached the tenant, of this case and the tenancy's earlier cases on the ground. */
    public List<LocalDate> warningsDelivered(long tenancyId, String ground) {
        return jdbc.queryForList("""
                select s.delivered_on from tietovahti.disturbance_sanction s join tietovahti.disturbance_case c
                on c.id = s.case_id where c.tenancy_id = :t and c.ground = :g and s.kind = 'WARNING'
                order by s.delivered_on""", Map.of("t", tenancyId, "g", ground), Date.class).stream()
                .map(Date::toLocalDate).toList();
    }

    public void corrected(long caseId, LocalDate on) {
        jdbc.update("update tietovahti.disturbance_case set corrected_on = :on where id = :c",
                Map.of("on", Date.valueOf(on), "c", caseId));
    }

    public void rescissionBasis(long caseId, String basis, String reasons) {
        jdbc.update("update tietovahti.disturbance_case set rescission_basis = :b, rescission_reasons = :r where id = :c",
                new MapSqlParameterSource("b", basis).addValue("r", reasons).addValue("c", caseId));
    }

    public void close(long caseId, LocalDate on) {
        jdbc.update("update tietovahti.disturbance_case set closed_on = :on where id = :c and closed_on is null",
                Map.of("on", Date.valueOf(on), "c", caseId));
    }
}
