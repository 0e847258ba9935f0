package fi.tietovahti.registers.tenancy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenancy register's facts about people as a disclosure reads them (issue 16): who a person is, where they
 * live or last lived, on which lease, and the residents of a building. One query per batch, not one per person: a
 * resident list of a 200-apartment building and a thousand Kela notices are read in a few statements.
 */
@Component
@Transactional(readOnly = true)
public class ResidentFacts {

    /** A person with their latest occupancy (the running one, else the one that ended last) and its lease. */
    public record Resident(long personId, String firstName, String lastName, String identityCode, LocalDate birthDate,
                           String email, String phone, long tenancyId, String contractNumber, String streetAddress,
                           String apartmentNumber, String postalCode, String rooms, LocalDate tenancyStart,
                           LocalDate tenancyEnd, BigDecimal monthlyRent, BigDecimal deposit, LocalDate movedIn,
                           LocalDate movedOut, int householdSize) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        public String address() {
            return streetAddress + " " + apartmentNumber + ", " + postalCode;
        }

        /** Without names or codes: a record that reaches a log line by accident names nobody. */
        @Override
        public String toString() {
            return "Resident[personId=" + personId + ", tenancyId=" + tenancyId + "]";
        }
    }

    /** An application to exchange apartments through the city's housing services. */
    public record ExchangeApplication(long personId, LocalDate submittedOn, String desiredDistricts,
                                      String desiredRooms, String status) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ResidentFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The people, each with their latest occupancy; a person without one (or anonymised) is left out. */
    public Map<Long, Resident> residents(Collection<Long> personIds) {
        Map<Long, Resident> found = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select distinct on (p.id) p.id, p.first_name, p.last_name, p.hetu, p.birth_date, p.email, p.phone,
                       t.id as tenancy_id, t.contract_number, a.street_address, a.apartment_number, a.postal_code,
                       a.rooms, t.start_date, t.end_date, t.monthly_rent, t.deposit, o.moved_in, o.moved_out,
                       (select count(*) from tietovahti.occupancy h where h.tenancy_id = t.id
                          and h.moved_out is null) as household
                from tietovahti.person p
                join tietovahti.occupancy o on o.person_id = p.id
                join tietovahti.tenancy t on t.id = o.tenancy_id
                join tietovahti.apartment a on a.id = t.apartment_id
                where p.id in (:ids) and p.anonymised_at is null
                order by p.id, (o.moved_out is null) desc, o.moved_out desc, o.moved_in desc
                """, new MapSqlParameterSource("ids", personIds), rs -> {
            found.put(rs.getLong("id"), new Resident(rs.getLong("id"), rs.getString("first_name"),
                    rs.getString("last_name"), rs.getString("hetu"), date(rs.getDate("birth_date")),
                    rs.getString("email"), rs.getString("phone"), rs.getLong("tenancy_id"),
                    rs.getString("contract_number"), rs.getString("street_address"), rs.getString("apartment_number"),
                    rs.getString("postal_code"), rs.getString("rooms"), date(rs.getDate("start_date")),
                    date(rs.getDate("end_date")), rs.getBigDecimal("monthly_rent"), rs.getBigDecimal("deposit"),
                    date(rs.getDate("moved_in")), date(rs.getDate("moved_out")), rs.getInt("household")));
        });
        return found;
    }

    /**
     * The adults living in the building on the day (main tenants, spouses and other adults; minors have no vote at
     * the residents' meeting and are not listed), by the street address as the register writes it, case-insensitive.
     */
    public List<Long> adultResidentsOf(String streetAddress, LocalDate on) {
        return jdbc.queryForList("""
                select distinct o.person_id from tietovahti.occupancy o
                join tietovahti.tenancy t on t.id = o.tenancy_id
                join tietovahti.apartment a on a.id = t.apartment_id
                join tietovahti.person p on p.id = o.person_id
                where lower(a.street_address) = lower(:street) and o.role <> 'MINOR' and p.anonymised_at is null
                  and o.moved_in <= :on and (o.moved_out is null or o.moved_out > :on)
                order by o.person_id""", new MapSqlParameterSource("street", streetAddress.strip())
                .addValue("on", Date.valueOf(on)), Long.class);
    }

    /** The exchange applications of the people's tenancies, newest first. */
    public List<ExchangeApplication> exchangeApplications(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select o.person_id, e.submitted_on, e.desired_districts, e.desired_rooms, e.status
                from tietovahti.exchange_application e join tietovahti.occupancy o on o.tenancy_id = e.tenancy_id
                where o.person_id in (:ids) and o.role in ('MAIN_TENANT', 'SPOUSE')
                order by e.submitted_on desc""", new MapSqlParameterSource("ids", personIds),
                (rs, i) -> new ExchangeApplication(rs.getLong("person_id"), date(rs.getDate("submitted_on")),
                        rs.getString("desired_districts"), rs.getString("desired_rooms"), rs.getString("status")));
    }

    /**
     * Whether Kela pays the person's housing allowance for the tenancy to the landlord on the day (938/2014
     * §25(1)-(2)): only then does the landlord owe Kela the notice that the tenancy ends (§25(3)).
     */
    public boolean allowancePaidToLandlord(long tenancyId, long personId, LocalDate on) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from tietovahti.housing_allowance_to_landlord
                               where tenancy_id = :tenancy and person_id = :person and paid_from <= :on
                                 and (paid_until is null or paid_until >= :on))""",
                new MapSqlParameterSource("tenancy", tenancyId).addValue("person", personId)
                        .addValue("on", Date.valueOf(on)), Boolean.class));
    }

    /** A period in which Kela paid the person's housing allowance to the landlord. */
    public record AllowancePeriod(long id, long tenancyId, String ground, LocalDate paidFrom, LocalDate paidUntil) {
    }

    /** The people's periods of housing allowance paid to the landlord, oldest first (their access report lists them). */
    public List<AllowancePeriod> allowancePeriods(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, tenancy_id, ground, paid_from, paid_until from tietovahti.housing_allowance_to_landlord
                where person_id in (:ids) order by paid_from, id""", new MapSqlParameterSource("ids", personIds),
                (rs, i) -> new AllowancePeriod(rs.getLong("id"), rs.getLong("tenancy_id"), rs.getString("ground"),
                        date(rs.getDate("paid_from")), date(rs.getDate("paid_until"))));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
