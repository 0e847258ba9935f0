package fi.tietovahti.demo;

import fi.tietovahti.hetu.PersonalIdentityCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic, Finnish-looking demo and benchmark data for every register: apartments in Helsinki districts,
 * tenancies over twenty years, and each tenancy's history in the ledger, collection, maintenance, keys, bookings,
 * door openings, consumption, customer service, disturbances, health notes, the newsletter, the apartment
 * exchange, Ekoekspertti and camera recordings. The same seed and size give the same data.
 *
 * <p>Only test identity codes (individual numbers 900-999) are generated. The first tenancy is a showcase: the
 * household of DESIGN.md's example codes, with data in every register (see {@link #SHOWCASE_HETU}).
 */
public final class DemoDataGenerator {

    private String showcaseMail;

    /** The showcase main tenant, Aino Virtanen: has data in every register. */
    public static final String SHOWCASE_HETU = "010594Y9032";
    /** Her spouse, Mikko Korhonen. */
    public static final String SHOWCASE_SPOUSE_HETU = "020594X903P";

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** From this size on (benchmarks), the data set holds a resident with 20 years of history. */
    static final int LONG_RESIDENT_FROM = 10_000;

    private static final String[] FEMALE = {"Aino", "Anna", "Helmi", "Sofia", "Emilia", "Maria", "Liisa", "Johanna",
        "Kaisa", "Sanna", "Tuula", "Riitta", "Päivi", "Elina", "Minna", "Satu", "Hanna", "Laura", "Noora", "Venla",
        "Iida", "Eveliina", "Marjatta", "Leena", "Pirjo", "Sirpa", "Tiina", "Katja", "Heidi", "Jenni", "Aada", "Ella"};
    private static final String[] MALE = {"Mikko", "Juha", "Timo", "Matti", "Jari", "Antti", "Jukka", "Pekka",
        "Mika", "Ville", "Janne", "Heikki", "Kari", "Sami", "Markku", "Petri", "Teemu", "Olli", "Eetu", "Onni",
        "Väinö", "Eino", "Leo", "Elias", "Aleksi", "Tuomas", "Lauri", "Jussi", "Risto", "Seppo", "Ahmed", "Mohamed"};
    private static final String[] SURNAMES = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä",
        "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
        "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen",
        "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hassan", "Ivanova",
        "Andersson", "Lindqvist", "Öhman", "Åberg"};
    /** District, postal code, regional office. */
    private static final String[][] DISTRICTS = {
        {"Kontula", "00940", "Itä"}, {"Mellunmäki", "00970", "Itä"}, {"Vuosaari", "00980", "Itä"},
        {"Myllypuro", "00920", "Kaakko"}, {"Herttoniemi", "00810", "Kaakko"}, {"Laajasalo", "00840", "Kaakko"},
        {"Malmi", "00700", "Koillinen"}, {"Pihlajamäki", "00710", "Koillinen"}, {"Jakomäki", "00770", "Koillinen"},
        {"Kannelmäki", "00420", "Länsi"}, {"Pitäjänmäki", "00370", "Länsi"}, {"Haaga", "00320", "Länsi"},
        {"Kallio", "00530", "Keskusta"}, {"Vallila", "00550", "Keskusta"}, {"Kalasatama", "00580", "Keskusta"},
        {"Oulunkylä", "00640", "Pohjoinen"}, {"Maunula", "00630", "Pohjoinen"}, {"Pakila", "00660", "Pohjoinen"}};
    private static final String[] STREETS = {"Kivikonkaari", "Ostostie", "Kontulankaari", "Mellunkyläntie",
        "Vuotie", "Kallvikintie", "Myllypurontie", "Siilitie", "Reiherintie", "Malminkaari", "Kirkonkyläntie",
        "Kannelmäentie", "Pitäjänmäentie", "Hämeentie", "Vallilantie", "Kalasatamankatu", "Maunulantie",
        "Pakilantie", "Jakomäentie", "Pihlajamäentie"};
    private static final String[] OFFICES = {"Itä", "Kaakko", "Koillinen", "Länsi", "Keskusta", "Pohjoinen"};
    private static final String[] FAULTS = {"Keittiön hana vuotaa", "Patteri ei lämpene", "Ilmanvaihto pitää ääntä",
        "Jääkaappi ei kylmennä", "Parvekkeen ovi ei mene kiinni", "Kylpyhuoneen lattiakaivo tukossa",
        "Ulko-oven lukko jumittaa", "Valaisin ei toimi eteisessä"};
    private static final String[] WORK = {"Putkityö", "LVI-huolto", "Sähkötyö", "Lukkotyö", "Kodinkonekorjaus",
        "Maalaus", "Ilmanvaihdon nuohous", "Kylpyhuoneen remontti"};
    private static final String[] CONTRACTORS = {"Putki-Pojat Oy", "Sähkö-Aalto Oy", "Lukkoseppä Hietala Oy",
        "Kiinteistöhuolto Kuusi Oy", "Remonttiässät Oy"};
    private static final String[] TOPICS = {"Vuokranmaksu", "Autopaikka", "Saunavuoro", "Asunnon vaihto",
        "Muuttoilmoitus", "Avaimet", "Vikailmoituksen tila", "Vuokrasopimus"};
    private static final String[] STAFF = {"Asiakaspalvelu / M. Laakso", "Asiakaspalvelu / R. Honkanen",
        "Aluetoimisto / S. Peltonen", "Isännöinti / K. Aalto"};
    private static final String[] DISTURBANCES = {"Toistuvaa kovaa musiikkia öisin", "Tupakointi parvekkeella",
        "Koiran haukkuminen yöllä", "Porraskäytävän roskaaminen", "Riitelyä ja huutoa"};
    private static final String[] CHALLENGES = {"Sammuta valot", "Lajittele biojäte", "Lyhyempi suihku",
        "Pyöräile töihin", "Kierrätä vaatteet", "Säädä jääkaapin lämpötila"};

    private final Random random;
    private final int targetTenancies;
    private final LocalDate today;
    /** Twenty years of history before the reference day, whatever day that is: the data has one shape. */
    private final LocalDate historyStart;
    /**
     * Running tenancies so far: every {@value #OPEN_CLAIM_EVERY}th has a rent unpaid since last month and every
     * {@value #CO_RESIDENT_EVERY}th an adult who is not on the lease, so those states exist on any reference day
     * (chance alone left some days without an open claim).
     */
    private int runningTenancies;
    private static final int OPEN_CLAIM_EVERY = 20;
    private static final int CO_RESIDENT_EVERY = 25;
    private final Set<String> usedCodes = new HashSet<>();
    private final List<Long> residentPool = new ArrayList<>();

    private CopySession.Table apartment, person, tenancy, occupancy, leaseChange, evacuation, exchangeApplication, ledger, collectionCase,
            collectionStep, faultReport, maintenanceWork, keyHandover, lockEvent, booking, doorOpening, consumption,
            interaction, feedback, disturbanceCase, complaint, sanction, healthNote, newsletter, exchange, ekoUser,
            ekoCompletion, cameraRecording, cameraSubject, privacyCase, identityVerification;
    private final List<long[]> officeVisits = new ArrayList<>(); // [personId, officeIndex, epochDay]

    public DemoDataGenerator(long seed, int targetTenancies, LocalDate today) {
        this.random = new Random(seed);
        this.targetTenancies = targetTenancies;
        this.today = today;
        this.historyStart = LocalDate.of(today.getYear() - 20, 1, 1);
    }

    /** Loads everything through one connection; returns the rows written per table. */
    public Map<String, Long> generate(Connection connection) throws SQLException {
        CopySession copy = new CopySession(connection);
        openTables(copy);
        int tenancies = 0;
        boolean showcase = true;
        // a benchmark-size data set also holds the heaviest resident the access report must handle: one tenancy
        // running since the history starts (20 years), in the second apartment
        boolean longResident = false;
        while (tenancies < targetTenancies) {
            tenancies += apartmentHistory(showcase, longResident, targetTenancies - tenancies);
            longResident = showcase && targetTenancies >= LONG_RESIDENT_FROM;
            showcase = false;
            copy.maybeFlush();
        }
        copy.flush();
        cameraRecordings();
        copy.flush();
        copy.resetSequences();
        try (var st = connection.createStatement()) {
            // the showcase's earlier request used number 1 of its year
            st.execute("insert into tietovahti.case_number_counter (year, last_value) values (2024, 1) "
                    + "on conflict (year) do nothing");
        }
        showcaseCorrespondence(connection);
        return copy.counts();
    }

    private void openTables(CopySession copy) {
        apartment = copy.table("apartment", "id", "street_address", "apartment_number", "postal_code", "district",
                "regional_office", "rooms", "floor_area_m2");
        person = copy.table("person", "id", "first_name", "last_name", "hetu", "birth_date", "email", "phone");
        tenancy = copy.table("tenancy", "id", "contract_number", "apartment_id", "start_date", "end_date",
                "monthly_rent", "deposit");
        occupancy = copy.table("occupancy", "id", "tenancy_id", "person_id", "role", "moved_in", "moved_out");
        leaseChange = copy.table("lease_change", "id", "tenancy_id", "change_type", "effective_date", "details");
        evacuation = copy.table("evacuation_housing", "id", "tenancy_id", "temporary_address", "start_date",
                "end_date", "reason");
        exchangeApplication = copy.table("exchange_application", "id", "tenancy_id", "submitted_on",
                "desired_districts", "desired_rooms", "reason", "status");
        ledger = copy.table("ledger_entry", "id", "tenancy_id", "entry_type", "entry_date", "due_date",
                "amount_cents", "reference", "description");
        collectionCase = copy.table("collection_case", "id", "tenancy_id", "opened_on", "principal_cents", "status",
                "closed_on");
        collectionStep = copy.table("collection_step", "id", "case_id", "step_type", "step_date", "fee_cents", "note");
        faultReport = copy.table("fault_report", "id", "apartment_id", "reporter_person_id", "reported_at",
                "description", "permission_to_enter", "status");
        maintenanceWork = copy.table("maintenance_work", "id", "apartment_id", "tenancy_id", "fault_report_id",
                "performed_on", "work_type", "contractor", "description");
        keyHandover = copy.table("key_handover", "id", "tenancy_id", "person_id", "key_serial", "key_type",
                "handed_over_on", "returned_on");
        lockEvent = copy.table("lock_event", "id", "apartment_id", "key_serial", "door", "occurred_at", "outcome");
        booking = copy.table("booking", "id", "person_id", "resource_type", "resource_label", "starts_at", "ends_at",
                "recurrence");
        doorOpening = copy.table("door_opening", "id", "person_id", "apartment_id", "requested_at", "opened_at",
                "identity_checked_by", "fee_cents");
        consumption = copy.table("consumption_reading", "id", "apartment_id", "tenancy_id", "period_month", "kind",
                "quantity", "unit");
        interaction = copy.table("service_interaction", "id", "person_id", "occurred_at", "channel",
                "regional_office", "topic", "summary", "handled_by");
        feedback = copy.table("feedback", "id", "person_id", "given_at", "kind", "score", "text");
        disturbanceCase = copy.table("disturbance_case", "id", "tenancy_id", "opened_on", "summary", "closed_on");
        complaint = copy.table("disturbance_complaint", "id", "case_id", "complainant_person_id", "complainant_name",
                "complainant_contact", "received_on", "description");
        sanction = copy.table("disturbance_sanction", "id", "case_id", "kind", "issued_on", "ground", "delivery",
                "delivered_on");
        healthNote = copy.table("health_note", "id", "person_id", "recorded_at", "channel", "note");
        newsletter = copy.table("newsletter_subscriber", "id", "email", "name", "regional_office",
                "activity_background", "consent_given_at", "consent_text", "unsubscribe_token", "unsubscribed_at");
        exchange = copy.table("exchange_account", "id", "username", "email", "phone", "created_at", "last_login_at");
        ekoUser = copy.table("eko_user", "id", "email", "nickname", "residence", "registered_at", "closed_at");
        ekoCompletion = copy.table("eko_challenge_completion", "id", "user_id", "challenge", "completed_at", "points");
        cameraRecording = copy.table("camera_recording", "id", "regional_office", "started_at", "ended_at",
                "storage_ref", "retention_reason");
        cameraSubject = copy.table("camera_recording_subject", "id", "recording_id", "person_id", "note");
        privacyCase = copy.table("privacy_case", "id", "case_number", "case_type", "received_at", "language", "channel",
                "requester_name", "requester_email", "requester_phone", "created_at");
        identityVerification = copy.table("identity_verification", "id", "case_id", "method", "outcome",
                "requested_at", "verified_at", "verified_name", "verified_hetu", "document_type", "checked_by");
    }

    // --- apartments and tenancies ---------------------------------------------------------------------------

    private record Apt(long id, String address, String district, String office, BigDecimal area) {
    }

    private int apartmentHistory(boolean showcase, boolean longResident, int remaining) {
        String[] district = showcase ? DISTRICTS[0] : pick(DISTRICTS);
        String street = showcase ? "Kivikonkaari" : pick(STREETS);
        long aptId = apartment.nextId();
        String number = (char) ('A' + random.nextInt(4)) + " " + (1 + random.nextInt(60));
        int roomsCount = 1 + random.nextInt(4);
        BigDecimal area = BigDecimal.valueOf(22 + roomsCount * 14 + random.nextInt(15)).setScale(1, RoundingMode.HALF_UP);
        String streetAddress = street + " " + (1 + random.nextInt(40));
        apartment.row(aptId, streetAddress, number, district[1], district[0], district[2],
                roomsCount + "h+k", area);
        Apt apt = new Apt(aptId, streetAddress + " " + number + ", " + district[1] + " Helsinki", district[0],
                district[2], area);

        int made = 0;
        LocalDate start = showcase ? LocalDate.of(2019, 8, 1)
                : longResident ? historyStart : historyStart.plusDays(random.nextInt(3 * 365));
        while (made < remaining && start.isBefore(today)) {
            LocalDate end = showcase || longResident ? null
                    : start.plusMonths(6 + random.nextInt(120)).withDayOfMonth(1).minusDays(1);
            if (end != null && (end.isAfter(today) || random.nextInt(10) == 0 && !end.isBefore(today.minusYears(1)))) {
                end = null;
            }
            household(apt, start, end, showcase);
            made++;
            if (end == null) {
                break;
            }
            start = end.plusDays(1 + random.nextInt(45));
        }
        return made;
    }

    private void household(Apt apt, LocalDate start, LocalDate end, boolean showcase) {
        long tenancyId = tenancy.nextId();
        BigDecimal rent = apt.area.multiply(BigDecimal.valueOf(11 + random.nextInt(8))).setScale(2, RoundingMode.HALF_UP);
        tenancy.row(tenancyId, String.format(Locale.ROOT, "HK-%d-%06d", start.getYear(), tenancyId), apt.id, start,
                end, rent, rent.multiply(BigDecimal.valueOf(2)));

        List<Long> parties = new ArrayList<>();
        List<Long> adults = new ArrayList<>();
        LocalDate stayEnd = end == null ? today : end;
        int running = end == null && !showcase ? ++runningTenancies : 0;
        boolean openClaim = running % OPEN_CLAIM_EVERY == 1;
        boolean coResident = running % CO_RESIDENT_EVERY == 2;
        String surname = showcase ? "Virtanen" : pick(SURNAMES);
        long main = showcase
                ? person("Aino", "Virtanen", PersonalIdentityCode.parse(SHOWCASE_HETU), true)
                : person(pickFirstName(), surname, code(adultBirth(start)), true);
        parties.add(main);
        occupancy.row(occupancy.nextId(), tenancyId, main, "MAIN_TENANT", start, end);
        if (showcase || random.nextInt(10) < 4) {
            long spouse = showcase
                    ? person("Mikko", "Korhonen", PersonalIdentityCode.parse(SHOWCASE_SPOUSE_HETU), true)
                    : person(pickFirstName(), random.nextBoolean() ? surname : pick(SURNAMES), code(adultBirth(start)), true);
            parties.add(spouse);
            occupancy.row(occupancy.nextId(), tenancyId, spouse, "SPOUSE", start, end);
        }
        if (!showcase && (random.nextInt(100) < 8 | coResident)) {
            LocalDate birth = adultBirth(start);
            long adult = personWithoutCode(pickFirstName(), pick(SURNAMES), birth, true);
            adults.add(adult);
            occupancy.row(occupancy.nextId(), tenancyId, adult, "ADULT", start, end);
        }
        int minors = showcase ? 1 : random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < minors; i++) {
            LocalDate birth = showcase ? LocalDate.of(2016, 5, 1)
                    : start.minusYears(random.nextInt(12)).plusDays(random.nextInt(700));
            if (birth.isAfter(stayEnd)) {
                continue;
            }
            LocalDate movedIn = birth.isAfter(start) ? birth : start;
            LocalDate adulthood = birth.plusYears(18);
            LocalDate movedOut = end != null && end.isBefore(adulthood) ? end : adulthood.isBefore(today) ? adulthood : null;
            long minor = personWithoutCode(showcase ? "Eetu" : pickFirstName(), surname, birth, false);
            occupancy.row(occupancy.nextId(), tenancyId, minor, "MINOR", movedIn, movedOut);
        }
        if (showcase || random.nextInt(100) < 15) {
            leaseChange.row(leaseChange.nextId(), tenancyId, "FAMILY_SIZE", start.plusMonths(8),
                    "Perheeseen syntyi lapsi / talonkirjailmoitus päivitetty");
        }
        if (random.nextInt(100) < 5) {
            leaseChange.row(leaseChange.nextId(), tenancyId, "SUBLET_PERMIT", start.plusYears(1),
                    "Jälleenvuokrauslupa opiskelun ajaksi 12 kk");
        }
        if (end != null) {
            leaseChange.row(leaseChange.nextId(), tenancyId, "TERMINATION", end,
                    "Vuokralaisen irtisanominen, irtisanomisaika 1 kk");
        }
        if (showcase || random.nextInt(100) < 4) {
            LocalDate from = showcase ? LocalDate.of(2023, 4, 3) : start.plusMonths(random.nextInt(12) + 1);
            evacuation.row(evacuation.nextId(), tenancyId, "Väistöasunto, " + pick(STREETS) + " 3 A 5, Helsinki",
                    from, from.plusMonths(3), "Linjasaneeraus");
        }

        if (showcase || random.nextInt(100) < 3) {
            LocalDate submitted = showcase ? LocalDate.of(2025, 9, 15) : between(start, stayEnd);
            exchangeApplication.row(exchangeApplication.nextId(), tenancyId, submitted,
                    pick(DISTRICTS)[0] + ", " + pick(DISTRICTS)[0], (2 + random.nextInt(3)) + "h+k",
                    "Perhe on kasvanut, tarvitsemme isomman asunnon",
                    end == null ? (showcase ? "FORWARDED" : "PENDING") : "COMPLETED");
        }
        ledger(tenancyId, start, stayEnd, rent, showcase, openClaim);
        maintenance(apt, tenancyId, main, start, stayEnd, showcase);
        keys(apt, tenancyId, parties, adults, start, end, showcase);
        bookings(parties, start, stayEnd, end == null, showcase);
        if (showcase || random.nextInt(100) < 5) {
            Instant requested = at(showcase ? LocalDate.of(2024, 2, 10) : between(start, stayEnd), 22, 40);
            doorOpening.row(doorOpening.nextId(), main, apt.id, requested, requested.plus(50, ChronoUnit.MINUTES),
                    "Lukkoseppä Hietala Oy / henkilökortti tarkistettu", 6500);
        }
        if (end == null) {
            consumption(apt, tenancyId, showcase);
        }
        customerService(parties, apt.office, start, stayEnd, showcase);
        if (showcase || random.nextInt(100) < 4) {
            disturbance(tenancyId, start, stayEnd, showcase);
        }
        for (long p : parties) {
            boolean isShowcaseMain = showcase && p == main;
            if (isShowcaseMain || (random.nextInt(100) < 2 && start.isBefore(LocalDate.of(2022, 6, 1))
                    && stayEnd.isAfter(LocalDate.of(2020, 3, 16)))) {
                healthNote.row(healthNote.nextId(), p, at(LocalDate.of(2020, 11, 12), 9, 15), "PHONE",
                        "Asukas kertoi olevansa koronatartunnan vuoksi karanteenissa; huoltokäynti siirretty");
            }
        }
        accounts(main, apt, start, stayEnd, end == null, showcase);
        if (showcase) {
            // an earlier access request, verified at the service desk
            long caseId = privacyCase.nextId();
            Instant received = at(LocalDate.of(2024, 5, 13), 9, 30);
            privacyCase.row(caseId, "TV-2024-000001", "ACCESS", received, "fi", "DESK", "Aino Virtanen",
                    emailOf(main), "+358401234567", received);
            identityVerification.row(identityVerification.nextId(), caseId, "SERVICE_DESK", "VERIFIED", received,
                    received.plus(5, ChronoUnit.MINUTES), "Aino Virtanen", SHOWCASE_HETU, "ID_CARD", "handler");
            showcaseMail = emailOf(main);
        }
        // later households' complaints may come from this one; never a household's own
        residentPool.addAll(parties);
    }

    /** The showcase's acknowledgement letter of her earlier request and her question about it, by email. */
    private void showcaseCorrespondence(java.sql.Connection connection) throws java.sql.SQLException {
        if (showcaseMail == null) {
            return;
        }
        Instant sent = at(LocalDate.of(2024, 5, 13), 9, 35);
        Instant asked = at(LocalDate.of(2024, 5, 14), 18, 2);
        String raw = "From: Aino Virtanen <" + showcaseMail + ">\r\nTo: tietosuoja@hekaoy.fi\r\n"
                + "Subject: Re: TV-2024-000001 Pyyntösi on vastaanotettu\r\nMessage-ID: <aino-1@example.com>\r\n"
                + "In-Reply-To: <TV-2024-000001.ack@hekaoy.fi>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Hei, milloin saan vastauksen?\r\n";
        try (var letter = connection.prepareStatement("""
                insert into tietovahti.mail_outbox (case_number, message_id, recipient, subject, body, status, attempts,
                                                    next_attempt_at, created_at, sent_at)
                values ('TV-2024-000001', '<TV-2024-000001.ack@hekaoy.fi>', ?, 'TV-2024-000001 Pyyntösi on vastaanotettu',
                        'Hei, olemme vastaanottaneet tarkastuspyyntösi.', 'SENT', 1, ?, ?, ?)
                on conflict (message_id) do nothing""");
             var message = connection.prepareStatement("""
                insert into tietovahti.inbound_mail (message_key, taken_at, size_bytes, from_address, subject,
                                                     automatic_kind, route, case_number, raw)
                values ('id:<aino-1@example.com>', ?, ?, ?, 'Re: TV-2024-000001 Pyyntösi on vastaanotettu', 'PERSON',
                        'CASE_REPLY', 'TV-2024-000001', ?)
                on conflict (message_key) do nothing""")) {
            letter.setString(1, showcaseMail);
            for (int i = 2; i <= 4; i++) {
                letter.setTimestamp(i, java.sql.Timestamp.from(sent));
            }
            letter.executeUpdate();
            byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            message.setTimestamp(1, java.sql.Timestamp.from(asked));
            message.setInt(2, bytes.length);
            message.setString(3, showcaseMail);
            message.setBytes(4, bytes);
            message.executeUpdate();
        }
        showcaseDisclosures(connection);
    }

    /**
     * The showcase's disclosures: Kela paid her housing allowance to the landlord for a while in 2023 and asked for
     * her tenancy data; she consented to the next tenant getting her phone number, then withdrew it.
     */
    private void showcaseDisclosures(java.sql.Connection connection) throws java.sql.SQLException {
        try (var st = connection.createStatement()) {
            try (var done = st.executeQuery("select 1 from tietovahti.disclosure_request where reference = "
                    + "'LU-2023-000001'")) {
                if (done.next()) {
                    return;
                }
            }
            st.execute("""
                    with aino as (select p.id as person, o.tenancy_id as tenancy from tietovahti.person p
                                  join tietovahti.occupancy o on o.person_id = p.id and o.role = 'MAIN_TENANT'
                                  where p.hetu = '%1$s' order by o.moved_in limit 1),
                    allowance as (insert into tietovahti.housing_allowance_to_landlord (tenancy_id, person_id, ground,
                                      paid_from, paid_until)
                                  select tenancy, person, 'UNPAID_RENT', date '2023-03-01', date '2023-09-30' from aino),
                    request as (insert into tietovahti.disclosure_request (reference, recipient_id, recipient_kind,
                                    recipient_name, purpose, legal_reference, subject_code, channel, asked_by,
                                    received_at, decision, basis, national_section, profile, consent_required, status,
                                    decided_by, approved_by, closed_at)
                                values ('LU-2023-000001', 'kela', 'KELA', 'Kela', 'HOUSING_ALLOWANCE',
                                    '938/2014 42 §, AT-2023-18', '%1$s', 'REST', 'kela-api',
                                    timestamptz '2023-04-03 10:15+03', 'DISCLOSE', 'GDPR 6(1)(c)',
                                    'Laki yleisestä asumistuesta 938/2014 §42(1) item 5', 'KELA_TENANCY', false,
                                    'DELIVERED', 'disclosure-basis', 'handler', timestamptz '2023-04-03 14:40+03')
                                returning id),
                    subject as (insert into tietovahti.disclosure_request_subject (request_id, person_id)
                                select request.id, aino.person from request, aino),
                    handover as (insert into tietovahti.disclosure (request_id, recipient_id, recipient_kind,
                                     recipient_name, delivered_to, purpose, basis, national_section, categories, fields,
                                     decided_by, approved_by, disclosed_at, delivery, file_name, media_type, sha256,
                                     download_expires_at, downloaded_at)
                                 select request.id, 'kela', 'KELA', 'Kela', 'asumistuki@kela.example',
                                     'HOUSING_ALLOWANCE', 'GDPR 6(1)(c)',
                                     'Laki yleisestä asumistuesta 938/2014 §42(1) item 5',
                                     'rent-ledger.payment,tenancy.lease,tenancy.resident-identity',
                                     'name,identityCode,address,tenancyStart,tenancyEnd,monthlyRent,paymentsLast12Months',
                                     'disclosure-basis', 'handler', timestamptz '2023-04-03 14:40+03', 'DOWNLOAD_LINK',
                                     'LU-2023-000001.csv', 'text/csv; charset=UTF-8', repeat('0', 64),
                                     timestamptz '2023-04-17 14:40+03', timestamptz '2023-04-04 08:02+03'
                                 from request returning id)
                    insert into tietovahti.disclosure_subject (disclosure_id, person_id)
                    select handover.id, aino.person from handover, aino
                    """.formatted(SHOWCASE_HETU));
            st.execute("""
                    insert into tietovahti.disclosure_consent (person_id, recipient_kind, purpose, given_at, given_how,
                        evidence, recorded_by, withdrawn_at, withdrawn_how, withdrawal_recorded_by)
                    select p.id, 'NEXT_TENANT', 'VIEWING', timestamptz '2024-02-12 12:00+02', 'DESK',
                        'asiakaspalvelu, Itäkeskus', 'handler', timestamptz '2024-03-01 09:30+02', 'EMAIL', 'handler'
                    from tietovahti.person p where p.hetu = '%s'
                    """.formatted(SHOWCASE_HETU));
        }
    }

    private long person(String first, String last, PersonalIdentityCode hetu, boolean contact) {
        usedCodes.add(hetu.value());
        long id = person.nextId();
        person.row(id, first, last, hetu.value(), hetu.birthDate(), contact ? email(first, last, id) : null,
                contact ? phone() : null);
        return id;
    }

    private long personWithoutCode(String first, String last, LocalDate birth, boolean contact) {
        long id = person.nextId();
        person.row(id, first, last, null, birth, contact ? email(first, last, id) : null, contact ? phone() : null);
        return id;
    }

    // --- registers ---------------------------------------------------------------------------------------

    private void ledger(long tenancyId, LocalDate start, LocalDate until, BigDecimal rent, boolean showcase,
                        boolean openClaim) {
        // the month whose rent stays unpaid: due 40-70 days ago, so its reminder went out and the claim is open
        LocalDate unpaidMonth = openClaim ? today.minusDays(40).withDayOfMonth(1) : null;
        long cents = rent.movePointRight(2).longValueExact();
        LocalDate month = start.withDayOfMonth(1);
        int n = 0;
        while (!month.isAfter(until)) {
            LocalDate due = month.withDayOfMonth(2);
            String ref = String.format(Locale.ROOT, "RF%02d%08d%04d", 10 + (int) (tenancyId % 89), tenancyId, n++);
            ledger.row(ledger.nextId(), tenancyId, "INVOICE", month.minusDays(12), due, cents, ref,
                    "Vuokra " + month.getMonthValue() + "/" + month.getYear());
            boolean late = showcase ? month.equals(LocalDate.of(2024, 3, 1)) : random.nextInt(1000) < 12;
            LocalDate paid = late ? due.plusDays(20 + random.nextInt(40)) : due.minusDays(random.nextInt(5));
            if (month.equals(unpaidMonth)) {
                late = true;
                paid = today.plusDays(30);
            }
            if (!paid.isAfter(today)) {
                ledger.row(ledger.nextId(), tenancyId, "PAYMENT", paid, null, -cents, ref, "Maksu viitteellä");
            }
            if (late && due.plusDays(15).isBefore(today)) {
                collection(tenancyId, due, cents, paid, showcase);
            }
            month = month.plusMonths(1);
        }
    }

    private void collection(long tenancyId, LocalDate due, long principal, LocalDate paid, boolean showcase) {
        long caseId = collectionCase.nextId();
        LocalDate reminder = due.plusDays(15); // at the earliest 14 full days after the due date
        boolean handedOver = showcase || random.nextInt(100) < 20;
        LocalDate closed = paid.isAfter(today) ? null : paid;
        collectionCase.row(caseId, tenancyId, reminder, principal, closed == null ? "OPEN" : "PAID", closed);
        collectionStep.row(collectionStep.nextId(), caseId, "PAYMENT_REMINDER", reminder, 500,
                "Maksumuistutus, eräpäivä " + reminder.plusDays(14));
        if (handedOver && reminder.plusDays(14).isBefore(paid)) {
            long fee = principal <= 10_000 ? 1400 : principal <= 100_000 ? 2400 : 5000;
            collectionStep.row(collectionStep.nextId(), caseId, "COLLECTION_LETTER", reminder.plusDays(14), fee,
                    "Perintäkirje, maksuaika 10 päivää");
            collectionStep.row(collectionStep.nextId(), caseId, "HANDOVER_TO_AGENCY", reminder.plusDays(30), 0,
                    "Siirretty perintäkumppanille");
        }
    }

    private void maintenance(Apt apt, long tenancyId, long reporter, LocalDate start, LocalDate until, boolean showcase) {
        long years = Math.max(1, ChronoUnit.YEARS.between(start, until));
        for (int y = 0; y < years; y++) {
            if (!showcase && random.nextInt(10) >= 3) {
                continue;
            }
            LocalDate day = start.plusYears(y).plusDays(random.nextInt(300));
            if (day.isAfter(until)) {
                break;
            }
            long reportId = faultReport.nextId();
            String fault = pick(FAULTS);
            faultReport.row(reportId, apt.id, reporter, at(day, 8 + random.nextInt(10), random.nextInt(60)), fault,
                    random.nextBoolean(), day.plusDays(10).isAfter(today) ? "IN_PROGRESS" : "DONE");
            if (!day.plusDays(10).isAfter(today)) {
                maintenanceWork.row(maintenanceWork.nextId(), apt.id, tenancyId, reportId, day.plusDays(3),
                        pick(WORK), pick(CONTRACTORS), "Korjattu: " + fault.toLowerCase(Locale.ROOT));
            }
        }
        if (showcase || random.nextInt(10) < 2) {
            maintenanceWork.row(maintenanceWork.nextId(), apt.id, tenancyId, null, between(start, until),
                    "Ilmanvaihdon nuohous", pick(CONTRACTORS), "Määräaikaishuolto");
        }
    }

    private void keys(Apt apt, long tenancyId, List<Long> parties, List<Long> adults, LocalDate start, LocalDate end,
                      boolean showcase) {
        List<Long> holders = new ArrayList<>(parties);
        holders.addAll(adults);
        for (long holder : holders) {
            keyHandover.row(keyHandover.nextId(), tenancyId, holder, "M-" + apt.id + "-" + holder, "MECHANICAL", start,
                    end);
            if (showcase || random.nextBoolean()) {
                String tag = String.format(Locale.ROOT, "TAG%08X", holder * 7919 + tenancyId);
                keyHandover.row(keyHandover.nextId(), tenancyId, holder, tag, "ELECTRONIC_TAG", start, end);
                if (end == null) {
                    int events = showcase ? 12 : 4 + random.nextInt(8);
                    for (int i = 0; i < events; i++) {
                        LocalDate day = today.minusDays(1 + random.nextInt(60));
                        lockEvent.row(lockEvent.nextId(), apt.id, tag,
                                random.nextInt(3) == 0 ? "Kerhotila" : "Porraskäytävä",
                                at(day, 6 + random.nextInt(17), random.nextInt(60)),
                                random.nextInt(40) == 0 ? "DENIED" : "OPENED");
                    }
                }
            }
        }
    }

    private void bookings(List<Long> parties, LocalDate start, LocalDate until, boolean active, boolean showcase) {
        long who = parties.get(0);
        if (showcase || random.nextInt(100) < 25) {
            booking.row(booking.nextId(), who, "PARKING", "Autopaikka P" + (1 + random.nextInt(80)),
                    at(start, 0, 0), active ? null : at(until, 23, 59), "CONTINUOUS");
        }
        if (showcase || random.nextInt(100) < 20) {
            LocalDate first = start.plusDays(random.nextInt(60));
            booking.row(booking.nextId(), who, "SAUNA", "Saunavuoro to klo 19-20", at(first, 19, 0),
                    active ? null : at(until, 20, 0), "WEEKLY");
        }
        if (showcase || random.nextInt(100) < 30) {
            for (int i = 0; i < 3; i++) {
                LocalDate day = until.minusDays(random.nextInt(120));
                if (day.isBefore(start)) {
                    continue;
                }
                Instant from = at(day, 8 + 2 * random.nextInt(6), 0);
                booking.row(booking.nextId(), who, "LAUNDRY", "Pesutupa, kone 2", from, from.plus(2, ChronoUnit.HOURS),
                        "NONE");
            }
        }
    }

    private void consumption(Apt apt, long tenancyId, boolean showcase) {
        LocalDate month = today.withDayOfMonth(1).minusMonths(24);
        while (month.isBefore(today.withDayOfMonth(1))) {
            double season = 1 + 0.3 * Math.cos((month.getMonthValue() - 1) / 12.0 * 2 * Math.PI);
            consumption.row(consumption.nextId(), apt.id, tenancyId, month, "COLD_WATER",
                    decimal(2.5 + random.nextDouble() * 3), "m3");
            consumption.row(consumption.nextId(), apt.id, tenancyId, month, "HOT_WATER",
                    decimal(1.0 + random.nextDouble() * 2), "m3");
            consumption.row(consumption.nextId(), apt.id, tenancyId, month, "ELECTRICITY",
                    decimal((120 + random.nextDouble() * 200) * season), "kWh");
            month = month.plusMonths(1);
        }
    }

    private void customerService(List<Long> parties, String office, LocalDate start, LocalDate until, boolean showcase) {
        int officeIndex = java.util.Arrays.asList(OFFICES).indexOf(office);
        for (long p : parties) {
            int contacts = showcase ? 3 : random.nextInt(4);
            for (int i = 0; i < contacts; i++) {
                boolean recent = showcase && i == 0 || random.nextInt(10) == 0;
                LocalDate day = recent ? today.minusDays(1 + random.nextInt(10)) : between(start, until);
                if (day.isAfter(until)) {
                    day = until;
                }
                String channel = showcase && i == 0 ? "OFFICE" : pick(new String[] {"PHONE", "EMAIL", "OFFICE", "WEB", "CHAT"});
                String topic = pick(TOPICS);
                interaction.row(interaction.nextId(), p, at(day, 9 + random.nextInt(7), random.nextInt(60)), channel,
                        channel.equals("OFFICE") ? office : null, topic, "Asukas kysyi: " + topic.toLowerCase(Locale.ROOT)
                                + ". Ohjeistettu.", pick(STAFF));
                if (channel.equals("OFFICE") && !day.isBefore(today.minusDays(14))) {
                    officeVisits.add(new long[] {p, officeIndex, day.toEpochDay()});
                }
            }
            if (showcase || random.nextInt(100) < 20) {
                boolean survey = random.nextBoolean();
                feedback.row(feedback.nextId(), p, at(between(start, until), 12, 0),
                        survey ? "SATISFACTION_SURVEY" : "FEEDBACK", (short) (1 + random.nextInt(5)),
                        survey ? null : "Huoltomies oli ystävällinen ja korjaus tehtiin nopeasti.");
            }
        }
    }

    private void disturbance(long tenancyId, LocalDate start, LocalDate until, boolean showcase) {
        long caseId = disturbanceCase.nextId();
        LocalDate opened = showcase ? LocalDate.of(2023, 10, 2) : between(start, until);
        String what = pick(DISTURBANCES);
        disturbanceCase.row(caseId, tenancyId, opened, what, opened.plusMonths(2).isBefore(today) ? opened.plusMonths(2) : null);
        int complaints = 1 + random.nextInt(3);
        for (int i = 0; i < complaints; i++) {
            boolean resident = !showcase && !residentPool.isEmpty() && random.nextBoolean();
            Long complainant = resident ? residentPool.get(random.nextInt(residentPool.size())) : null;
            complaint.row(complaint.nextId(), caseId, complainant, resident ? null : "Naapuri, " + pick(SURNAMES),
                    resident ? null : "+35850" + (1000000 + random.nextInt(8999999)), opened.plusDays(i * 5L),
                    what + ". Ilmoittajan mukaan häiriötä esiintyi useana iltana.");
        }
        if (showcase || random.nextInt(10) < 6) {
            sanction.row(sanction.nextId(), caseId, "REMARK", opened.plusDays(10),
                    "Asumisterveyteen ja järjestykseen liittyvä huomautus: " + what.toLowerCase(Locale.ROOT),
                    "EMAIL", opened.plusDays(10));
            if (showcase || random.nextInt(10) < 3) {
                sanction.row(sanction.nextId(), caseId, "WARNING", opened.plusDays(40),
                        "Kirjallinen varoitus (AHVL 61 §): häiriö jatkui huomautuksen jälkeen", "REGISTERED_LETTER",
                        opened.plusDays(44));
            }
        }
    }

    private void accounts(long main, Apt apt, LocalDate start, LocalDate until, boolean active, boolean showcase) {
        String mail = emailOf(main);
        if (showcase || random.nextInt(100) < 12) {
            boolean unsubscribed = !showcase && random.nextInt(4) == 0;
            Instant since = at(between(start, until), 18, 30);
            newsletter.row(newsletter.nextId(), mail, showcase ? "Aino Virtanen" : null,
                    random.nextBoolean() ? apt.office : null, showcase ? "Talotoimikunnan jäsen" : null, since,
                    "Haluan Hekan uutiskirjeen sähköpostiini. Voin perua tilauksen milloin tahansa.",
                    token(), unsubscribed ? since.plus(200, ChronoUnit.DAYS) : null);
        }
        if (showcase || active && random.nextInt(100) < 6) {
            Instant created = at(between(start, until), 20, 0);
            Instant lastLogin = showcase ? at(today.minusDays(12), 21, 5) : at(today.minusDays(random.nextInt(180)), 21, 5);
            exchange.row(exchange.nextId(), "vaihtaja" + main, mail, random.nextBoolean() ? phone() : null,
                    created.isAfter(lastLogin) ? lastLogin : created, lastLogin);
        }
        if (showcase || active && random.nextInt(100) < 5) {
            long userId = ekoUser.nextId();
            Instant registered = at(between(start.isBefore(LocalDate.of(2021, 1, 1)) ? LocalDate.of(2021, 1, 1) : start,
                    until), 17, 0);
            ekoUser.row(userId, mail, showcase ? "ainov" : "eko" + main, "Heka " + apt.district, registered, null);
            int done = showcase ? 4 : random.nextInt(7);
            for (int i = 0; i < done; i++) {
                ekoCompletion.row(ekoCompletion.nextId(), userId, CHALLENGES[i % CHALLENGES.length],
                        registered.plus(7L * (i + 1), ChronoUnit.DAYS), 10 + 5 * random.nextInt(5));
            }
        }
    }

    /** One recording per office and day for the last 14 days; office visitors identified on a few of them. */
    private void cameraRecordings() {
        long[][] recordingIds = new long[OFFICES.length][15];
        for (int day = 0; day <= 14; day++) {
            LocalDate d = today.minusDays(day);
            for (int o = 0; o < OFFICES.length; o++) {
                long id = cameraRecording.nextId();
                recordingIds[o][day] = id;
                cameraRecording.row(id, OFFICES[o], at(d, 8, 0), at(d, 16, 0),
                        "nvr://" + OFFICES[o].toLowerCase(Locale.ROOT) + "/" + d + "/cam1", null);
            }
        }
        boolean first = true;
        for (long[] visit : officeVisits) {
            int day = (int) (today.toEpochDay() - visit[2]);
            if (day < 0 || day > 14 || visit[1] < 0 || (!first && random.nextInt(10) != 0)) {
                continue;
            }
            cameraSubject.row(cameraSubject.nextId(), recordingIds[(int) visit[1]][day], visit[0],
                    "Tunnistettu asioinnin yhteydessä (häiriötilanteen selvitys)");
            first = false;
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private final java.util.Map<Long, String> emails = new java.util.HashMap<>();

    private String email(String first, String last, long id) {
        String address = (ascii(first) + "." + ascii(last) + "." + id + "@example.com").toLowerCase(Locale.ROOT);
        emails.put(id, address);
        return address;
    }

    private String emailOf(long personId) {
        return emails.get(personId);
    }

    private static String ascii(String s) {
        return s.replace("ä", "a").replace("ö", "o").replace("å", "a").replace("Ä", "A").replace("Ö", "O")
                .replace("Å", "A");
    }

    private String phone() {
        return "+35840" + (1000000 + random.nextInt(8999999));
    }

    private String token() {
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    private PersonalIdentityCode code(LocalDate birth) {
        String signs = birth.getYear() >= 2000 ? "ABCDEF" : "-YXWVU";
        while (true) {
            PersonalIdentityCode code = PersonalIdentityCode.of(birth, 900 + random.nextInt(100),
                    signs.charAt(random.nextInt(signs.length())));
            if (usedCodes.add(code.value())) {
                return code;
            }
        }
    }

    private LocalDate adultBirth(LocalDate moveIn) {
        return moveIn.minusYears(18).minusDays(random.nextInt(50 * 365));
    }

    private String pickFirstName() {
        return random.nextBoolean() ? pick(FEMALE) : pick(MALE);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(HELSINKI).toInstant();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
