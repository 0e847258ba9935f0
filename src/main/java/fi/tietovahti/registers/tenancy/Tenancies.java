package fi.tietovahti.registers.tenancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A tenancy as a letter or a collection case needs it: its contract, the apartment's address, the rent and whether it
 * has ended; and the contract parties a letter is addressed to, with the language they are written to in.
 */
@Component
public class Tenancies {

    public record Tenancy(long id, String contractNumber, String streetAddress, String apartmentNumber,
                          String postalCode, LocalDate start, LocalDate end, long monthlyRentCents,
                          long depositCents) {

        public boolean endedBefore(LocalDate day) {
            return end != null && end.isBefore(day);
        }

        public String address() {
            return streetAddress + " " + apartmentNumber + ", " + postalCode + " Helsinki";
        }
    }

    /** A contract party a letter goes to; {@code email} null when the register has none (the letter goes by post). */
    public record Addressee(long personId, String name, String email, String language) {

        @Override
        public String toString() {
            return "Addressee[" + personId + "]";
        }
    }

    /** A contract party as the collection partner needs them: with the identity code and phone. */
    public record Debtor(long personId, String name, String identityCode, String email, String phone) {

        @Override
        public String toString() {
            return "Debtor[" + personId + "]";
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    Tenancies(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenancy> tenancy(long id) {
        return jdbc.query("""
                select t.id, t.contract_number, a.street_address, a.apartment_number, a.postal_code, t.start_date,
                       t.end_date, t.monthly_rent, t.deposit
                from tietovahti.tenancy t join tietovahti.apartment a on a.id = t.apartment_id where t.id = :id""",
                Map.of("id", id), (rs, i) -> new Tenancy(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                        rs.getBigDecimal(8).movePointRight(2).longValueExact(),
                        rs.getBigDecimal(9).movePointRight(2).longValueExact())).stream().findFirst();
    }

    /** The tenancy whose contract has this number. */
    public Optional<Long> byContractNumber(String contractNumber) {
        return jdbc.queryForList("select id from tietovahti.tenancy where contract_number = :n",
                Map.of("n", contractNumber == null ? "" : contractNumber.strip()), Long.class).stream().findFirst();
    }

    /** The contract parties (main tenant, spouse on the lease) who have not been anonymised, in person order. */
    public List<Addressee> addressees(long tenancyId) {
        return jdbc.query("""
                select distinct p.id, p.first_name || ' ' || p.last_name as name, p.email, coalesce(p.language, 'fi')
                from tietovahti.occupancy o join tietovahti.person p on p.id = o.person_id
                where o.tenancy_id = :tenancy and o.role in ('MAIN_TENANT', 'SPOUSE') and p.anonymised_at is null
                order by p.id""", Map.of("tenancy", tenancyId), (rs, i) -> new Addressee(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The contract parties with what a debt collector needs of them (never shown, never logged). */
    public List<Debtor> debtors(long tenancyId) {
        return jdbc.query("""
                select distinct p.id, p.first_name || ' ' || p.last_name, p.hetu, p.email, p.phone
                from tietovahti.occupancy o join tietovahti.person p on p.id = o.person_id
                where o.tenancy_id = :tenancy and o.role in ('MAIN_TENANT', 'SPOUSE') and p.anonymised_at is null
                order by p.id""", Map.of("tenancy", tenancyId), (rs, i) -> new Debtor(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /**
     * The tenancy ended on the day (a rescission served, an eviction carried out): its end date, and the move-out of
     * everyone still living there. The retention periods that run from the tenancy's end start from this day.
     */
    public int end(long tenancyId, LocalDate day) {
        jdbc.update("""
                update tietovahti.tenancy set end_date = :day where id = :t and (end_date is null or end_date > :day)""",
                Map.of("t", tenancyId, "day", java.sql.Date.valueOf(day)));
        return jdbc.update("""
                update tietovahti.occupancy set moved_out = greatest(moved_in, :day)
                where tenancy_id = :t and moved_out is null""", Map.of("t", tenancyId, "day", java.sql.Date.valueOf(day)));
    }

    /** Everyone who lived in the tenancy on the day (moved in, not moved out before it), by person id. */
    public List<Long> residentsOn(long tenancyId, LocalDate day) {
        return jdbc.queryForList("""
                select distinct person_id from tietovahti.occupancy where tenancy_id = :t and moved_in <= :day
                  and (moved_out is null or moved_out >= :day) order by person_id""",
                Map.of("t", tenancyId, "day", java.sql.Date.valueOf(day)), Long.class);
    }

    /**
     * Kela pays the tenant's housing allowance to the landlord from the day (938/2014 §25(1)-(2)): recorded for the
     * contract party who receives it, so that the end of the tenancy is told to Kela while it does.
     */
    public long allowancePaidToLandlord(long tenancyId, long personId, String ground, LocalDate from) {
        return jdbc.queryForObject("""
                insert into tietovahti.housing_allowance_to_landlord (tenancy_id, person_id, ground, paid_from)
                values (:t, :p, :g, :from) returning id""", Map.of("t", tenancyId, "p", personId, "g", ground,
                "from", java.sql.Date.valueOf(from)), Long.class);
    }
}
