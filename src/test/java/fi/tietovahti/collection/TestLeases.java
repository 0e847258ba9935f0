package fi.tietovahti.collection;

import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.testsupport.TestClock;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leases, tenants and invoices a collection test makes for itself, relative to the reference day. */
public final class TestLeases {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public record Lease(long tenancyId, long personId, String contractNumber, String email) {
    }

    private TestLeases() {
    }

    private static LocalDate today() {
        return TestClock.today();
    }

    /** A lease of its own with a main tenant (email, language), started two years ago. */
    public static Lease lease(JdbcTemplate jdbc, long rentCents, String language, boolean withEmail) {
        int n = SEQ.incrementAndGet();
        String contract = "RC-" + System.nanoTime() % 1_000_000_000L + "-" + n;
        long apartment = jdbc.queryForObject("""
                insert into tietovahti.apartment (street_address, apartment_number, postal_code, district,
                    regional_office, rooms, floor_area_m2) values ('Perintäkuja 1', ?, '00510', 'Vallila', 'Itä',
                    '2h+k', 48.5) returning id""", Long.class, "B " + n);
        long tenancy = jdbc.queryForObject("""
                insert into tietovahti.tenancy (contract_number, apartment_id, start_date, monthly_rent, deposit)
                values (?, ?, ?, ?, 0) returning id""", Long.class, contract, apartment,
                Date.valueOf(today().minusYears(2)), BigDecimal.valueOf(rentCents, 2));
        String code;
        int i = 0;
        do {
            code = PersonalIdentityCode.of(LocalDate.of(1950, 1, 1).plusDays((n * 37L + i++) % 9000), 900 + (n % 99),
                    '-').value();
        } while (jdbc.queryForObject("select count(*) from tietovahti.person where hetu = ?", Integer.class, code) > 0);
        String email = withEmail ? "perinta" + n + "@example.net" : null;
        long person = jdbc.queryForObject("""
                insert into tietovahti.person (first_name, last_name, hetu, birth_date, email, phone, language)
                values ('Velka', ?, ?, ?, ?, '+358 40 000 0000', ?) returning id""", Long.class, "Vuokralainen" + n,
                code, Date.valueOf(PersonalIdentityCode.parse(code).birthDate()), email, language);
        jdbc.update("insert into tietovahti.occupancy (tenancy_id, person_id, role, moved_in) values (?, ?, "
                + "'MAIN_TENANT', ?)", tenancy, person, Date.valueOf(today().minusYears(2)));
        return new Lease(tenancy, person, contract, email);
    }

    /** An invoice of the lease due on the day, returning its reference. */
    public static String invoice(JdbcTemplate jdbc, Lease lease, LocalDate due, long cents) {
        String reference = "RF" + (10 + SEQ.incrementAndGet() % 89) + lease.tenancyId() + "9" + SEQ.get();
        jdbc.update("""
                insert into tietovahti.ledger_entry (tenancy_id, entry_type, entry_date, due_date, amount_cents,
                    reference, description) values (?, 'INVOICE', ?, ?, ?, ?, 'Vuokra')""", lease.tenancyId(),
                Date.valueOf(due.minusDays(12)), Date.valueOf(due), cents, reference);
        return reference;
    }
}
