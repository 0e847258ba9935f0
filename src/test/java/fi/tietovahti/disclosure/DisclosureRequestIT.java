package fi.tietovahti.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.processes.DisclosureRequestProcess;
import fi.tietovahti.processes.DisclosureRequestProcess.Element;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSource;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RestrictionGround;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.testsupport.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * disclosure-request end to end (issue 16): requests through the partner API, the desk and other processes; the
 * decision table's rows allowed, refused and needing consent; minimisation checked on the delivered file; four eyes and
 * the asker who cannot approve; consent missing, given, withdrawn and not coming; a restriction blocking; the DPO's
 * decision outside the table; Kela's move-out notice from a test caller; the access report listing the disclosures.
 */
class DisclosureRequestIT extends RequestProcessTest {

    @Override
    protected List<String> processesWalked() {
        return List.of(DisclosureRequestProcess.KEY);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DisclosureDoors disclosureDoors;
    @Autowired
    DisclosureRegister register;
    @Autowired
    ConsentDesk consentDesk;
    @Autowired
    KelaNotices kelaNotices;
    @Autowired
    ProcessingRestrictions restrictions;
    @Autowired
    ResidentDirectory directory;
    @Autowired
    List<PersonalDataSource> sources;

    /** A current main tenant with an identity code (and an email address when asked); offsets keep tests apart. */
    private Map<String, Object> tenant(boolean withEmail, int offset) {
        // the email condition is fixed by the demo data's shape: nearly every main tenant has one
        return jdbc.queryForMap("""
                select p.id, p.hetu, p.email, p.phone, p.first_name || ' ' || p.last_name as name, t.id as tenancy_id,
                       a.street_address from tietovahti.person p
                join tietovahti.occupancy o on o.person_id = p.id and o.role = 'MAIN_TENANT' and o.moved_out is null
                join tietovahti.tenancy t on t.id = o.tenancy_id join tietovahti.apartment a on a.id = t.apartment_id
                where p.hetu is not null and p.anonymised_at is null and (p.email is not null) = %s
                  and not exists (select 1 from tietovahti.disclosure_request_subject s where s.person_id = p.id)
                order by p.id offset %d limit 1""".formatted(withEmail, offset));
    }

    private DisclosureDoors.Started kelaAsks(String purpose, String legalReference, Map<String, Object> person) {
        return disclosureDoors.fromPartner("kela-api", new DisclosureDoors.Ask(purpose, legalReference, false, false,
                (String) person.get("hetu"), List.of(), null, null));
    }

    private DisclosureRequests.Request request(String reference) {
        return requestsService.request(reference);
    }

    @Autowired
    DisclosureRequests requestsService;

    private String csv(String reference) {
        byte[] content = jdbc.queryForObject("select content from tietovahti.disclosure d join tietovahti.disclosure_request r "
                + "on r.id = d.request_id where r.reference = ?", byte[].class, reference);
        return new String(content, StandardCharsets.UTF_8);
    }

    private List<String> lettersTo(String reference) {
        return jdbc.queryForList("select recipient || ' | ' || subject || ' | ' || body from tietovahti.mail_outbox "
                + "where case_number = ? order by id", String.class, reference);
    }

    /** Starts a request at the desk through Tasklist's start form, as the user. */
    private String atTheDesk(String user, Map<String, Object> form) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(DisclosureRequestProcess.KEY)
                .latestVersion().singleResult().getId();
        identityService.setAuthentication(user, List.of("privacy-handlers"));
        String pi;
        try {
            pi = forms.submitStartForm(definition, new HashMap<>(form)).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.runJobs(pi);
        return pi;
    }

    private String referenceOf(String pi) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    }

    @Test
    void kelaAsksThroughTheApiAHandlerApprovesAndKelaGetsTheTenancyAndPaymentsOnly() {
        Map<String, Object> tenant = tenant(true, 0);
        ResponseEntity<Map> asked = rest.withBasicAuth("kela-api", "kela-api").postForEntity("/api/disclosure-requests",
                Map.of("purpose", "HOUSING_ALLOWANCE", "legalReference", "938/2014 42 §, asia AT-2026-1",
                        "identityCode", tenant.get("hetu")), Map.class);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String reference = (String) asked.getBody().get("reference");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        driver.runJobs(pi);
        assertThat(request(reference).status()).isEqualTo("WAITING_APPROVAL");
        assertThat(driver.variable(pi, "disclosureFields").toString()).contains("paymentsLast12Months");

        // the partner's user may not work tasks, and nobody's identity code is in the engine
        assertThat(runtime.getVariables(pi).toString()).doesNotContain((String) tenant.get("hetu"));
        driver.completeAsHandler(pi, Element.APPROVE_DISCLOSURE, Map.of("approvalDecision", "APPROVE"));

        DisclosureRequests.Request done = request(reference);
        assertThat(done.status()).isEqualTo("DELIVERED");
        assertThat(done.approvedBy()).isEqualTo("handler");
        String extract = csv(reference);
        assertThat(extract.lines().findFirst().orElseThrow())
                .isEqualTo("name;identityCode;address;tenancyStart;tenancyEnd;monthlyRent;paymentsLast12Months");
        assertThat(extract).contains((String) tenant.get("name")).contains((String) tenant.get("hetu"));
        if (tenant.get("phone") != null) {
            assertThat(extract).doesNotContain((String) tenant.get("phone"));
        }
        assertThat(extract).doesNotContain((String) tenant.get("email"));
        DisclosureRegister.Disclosure recorded = register.of(reference).get(0);
        assertThat(recorded.recipientName()).isEqualTo("Kela");
        assertThat(recorded.nationalSection()).contains("938/2014 §42(1)");
        assertThat(recorded.categories()).doesNotContain("disturbance").contains("rent-ledger.payment");
        assertThat(recorded.sha256()).isEqualTo(DisclosureExtracts.sha256(extract.getBytes(StandardCharsets.UTF_8)));

        // the link went to Kela's registered address; it opens exactly the recorded file
        String letter = lettersTo(reference).get(0);
        assertThat(letter).startsWith("asumistuki@kela.example").contains(recorded.sha256());
        String link = letter.replaceAll("(?s).*(/disclosures/[A-Za-z0-9_-]+).*", "$1");
        ResponseEntity<byte[]> download = rest.getForEntity(link, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo(extract);
        assertThat(rest.getForEntity("/disclosures/" + "x".repeat(43), byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the access report lists it (GDPR 15(1)(c))
        PersonalDataSource disclosures = sources.stream().filter(s -> s.register().equals("disclosures")).findFirst()
                .orElseThrow();
        List<PersonalDataRecord> records = disclosures.collect(directory.subjectOf(List.of(((Number) tenant.get("id"))
                .longValue())));
        assertThat(records).anyMatch(r -> "Kela".equals(r.fields().get("recipient"))
                && "HOUSING_ALLOWANCE".equals(r.fields().get("purposeOfDisclosure")));

        // a partner reads its own request's state, with the code masked
        ResponseEntity<Map> state = rest.withBasicAuth("kela-api", "kela-api").getForEntity(
                "/api/disclosure-requests/" + reference, Map.class);
        assertThat(state.getBody().get("status")).isEqualTo("DELIVERED");
        assertThat(state.getBody().get("subjectCode").toString()).endsWith("****");
    }

    /** A valid test identity code that nobody in the registers has. */
    private String nobodysCode() {
        for (int individual = 999; individual >= 900; individual--) {
            String code = fi.tietovahti.hetu.PersonalIdentityCode.of(java.time.LocalDate.of(1931, 2, 3), individual, '-')
                    .value();
            if (jdbc.queryForObject("select count(*) from tietovahti.person where hetu = ?", Integer.class, code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("every test code of 3.2.1931 is taken");
    }

    @Test
    void badRequestsAreRefusedOnTheRecordToldAndNothingIsDelivered() {
        Map<String, Object> tenant = tenant(true, 1);
        // the police without naming a case: its row needs one
        String noStatute = referenceOf(atTheDesk("handler", Map.of("recipientId", "helsinki-police", "purpose", "CRIME",
                "sensitiveSubjectCode", tenant.get("hetu"))));
        // apartment-exchange marketplace data: never
        String exchange = referenceOf(atTheDesk("handler", Map.of("recipientId", "helsinki-housing-services",
                "purpose", "APARTMENT_EXCHANGE", "asksExchangeData", true, "sensitiveSubjectCode", tenant.get("hetu"))));
        // an organisation not in the directory
        String unknown = referenceOf(atTheDesk("handler", Map.of("recipientId", "naapurin-kaveri", "purpose", "CRIME",
                "legalReference", "-", "sensitiveSubjectCode", tenant.get("hetu"))));
        // a valid code of nobody in the registers
        String nobody = referenceOf(atTheDesk("handler", Map.of("recipientId", "kela", "purpose", "HOUSING_ALLOWANCE",
                "legalReference", "938/2014 42 §", "sensitiveSubjectCode", nobodysCode())));
        // a resident list with identity codes
        String listWithCodes = referenceOf(atTheDesk("handler", Map.of("recipientId", "resident-committee",
                "purpose", "RESIDENTS_MEETING", "asksIdentityCodes", true,
                "buildingAddress", tenant.get("street_address"))));
        for (String reference : List.of(noStatute, exchange, unknown, nobody, listWithCodes)) {
            DisclosureRequests.Request r = request(reference);
            assertThat(r.status()).as(reference).isEqualTo("REFUSED");
            assertThat(register.of(reference)).as(reference).isEmpty();
        }
        assertThat(request(noStatute).reason()).contains("statute");
        assertThat(request(exchange).reason()).contains("never disclosed");
        assertThat(request(unknown).reason()).contains("Unknown recipient");
        assertThat(request(nobody).reason()).contains("matched");
        assertThat(request(listWithCodes).reason()).contains("identity codes");
        assertThat(lettersTo(noStatute)).singleElement().asString().startsWith("kirjaamo.helsinki@poliisi.example")
                .contains("lainkohta");
        assertThat(lettersTo(unknown)).isEmpty();
        // what cannot be read at all is refused at the door
        assertThatThrownBy(() -> atTheDesk("handler", Map.of("recipientId", "kela", "purpose", "HOUSING_ALLOWANCE",
                "sensitiveSubjectCode", "not-a-code"))).hasMessageContaining("identity code");
        ResponseEntity<Map> noPartner = rest.withBasicAuth("handler", "handler").postForEntity(
                "/api/disclosure-requests", Map.of("purpose", "HOUSING_ALLOWANCE", "identityCode", tenant.get("hetu")),
                Map.class);
        assertThat(noPartner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> badCode = rest.withBasicAuth("kela-api", "kela-api").postForEntity(
                "/api/disclosure-requests", Map.of("purpose", "HOUSING_ALLOWANCE", "identityCode", "131313-1313"),
                Map.class);
        assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCode.getBody().toString()).contains("identity code").doesNotContain("131313");
        ResponseEntity<Map> nobodyNamed = rest.withBasicAuth("kela-api", "kela-api").postForEntity(
                "/api/disclosure-requests", Map.of("purpose", "HOUSING_ALLOWANCE"), Map.class);
        assertThat(nobodyNamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("kela-api", "kela-api").postForEntity("/api/disclosure-requests",
                Map.of("purpose", "housing allowance!", "identityCode", tenant.get("hetu")), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("kela-api", "kela-api").getForEntity("/api/disclosure-requests/" + noStatute,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aResidentListIsNamesAndApartmentsOnlyWithFourEyesAndTheAskerCannotApprove() {
        Map<String, Object> tenant = tenant(true, 2);
        String pi = atTheDesk("handler", Map.of("recipientId", "resident-committee", "purpose", "RESIDENTS_MEETING",
                "buildingAddress", tenant.get("street_address")));
        String reference = referenceOf(pi);
        assertThat(driver.variable(pi, "approval")).isEqualTo("FOUR_EYES");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, Element.APPROVE_DISCLOSURE,
                Map.of("approvalDecision", "APPROVE"))).hasMessageContaining("cannot approve");
        driver.complete(pi, Element.APPROVE_DISCLOSURE, "handler2", List.of("privacy-handlers"),
                Map.of("approvalDecision", "APPROVE"));
        driver.completeAsDpo(pi, Element.SECOND_APPROVE_DISCLOSURE, Map.of("secondApprovalDecision", "APPROVE"));
        DisclosureRequests.Request done = request(reference);
        assertThat(done.status()).isEqualTo("DELIVERED");
        assertThat(done.secondApprovedBy()).isEqualTo("dpo");
        String extract = csv(reference);
        List<String> lines = extract.lines().toList();
        assertThat(lines.get(0)).isEqualTo("name;apartment");
        int adults = jdbc.queryForObject("""
                select count(distinct o.person_id) from tietovahti.occupancy o join tietovahti.tenancy t on t.id = o.tenancy_id
                join tietovahti.apartment a on a.id = t.apartment_id join tietovahti.person p on p.id = o.person_id
                where lower(a.street_address) = lower(?) and o.role <> 'MINOR' and o.moved_out is null
                  and o.moved_in <= ? and p.anonymised_at is null""", Integer.class, tenant.get("street_address"),
                java.sql.Date.valueOf(TestClock.today()));
        assertThat(lines).hasSize(adults + 1);
        assertThat(extract).contains((String) tenant.get("name")).doesNotContain((String) tenant.get("hetu"))
                .doesNotContain((String) tenant.get("email"));
    }

    @Test
    void theSecondApproverAndTheFirstCanRefuse() {
        Map<String, Object> tenant = tenant(true, 3);
        String first = atTheDesk("handler", Map.of("recipientId", "resident-committee", "purpose", "RESIDENTS_MEETING",
                "buildingAddress", tenant.get("street_address")));
        driver.complete(first, Element.APPROVE_DISCLOSURE, "handler2", List.of("privacy-handlers"),
                Map.of("approvalDecision", "APPROVE"));
        assertThatThrownBy(() -> driver.complete(first, Element.SECOND_APPROVE_DISCLOSURE, "handler2",
                List.of("dpo"), Map.of("secondApprovalDecision", "APPROVE"))).hasMessageContaining("another person");
        driver.completeAsDpo(first, Element.SECOND_APPROVE_DISCLOSURE, Map.of("secondApprovalDecision", "REFUSE",
                "sensitiveApprovalNote", "Asukaskokous on jo pidetty"));
        assertThat(request(referenceOf(first)).status()).isEqualTo("REFUSED");
        assertThat(request(referenceOf(first)).reason()).contains("Asukaskokous on jo pidetty").contains("dpo");

        DisclosureDoors.Started second = kelaAsks("SOCIAL_ASSISTANCE", "1412/1997 18 e §", tenant);
        driver.runJobs(second.processInstanceId());
        driver.completeAsHandler(second.processInstanceId(), Element.APPROVE_DISCLOSURE,
                Map.of("approvalDecision", "REFUSE", "sensitiveApprovalNote", "Ei vireillä olevaa asiaa"));
        assertThat(request(second.reference()).status()).isEqualTo("REFUSED");
        assertThat(lettersTo(second.reference())).singleElement().asString().contains("Ei vireillä olevaa asiaa");
    }

    @Test
    void consentIsAskedGivenAndThenWithdrawnBeforeTheDelivery() {
        Map<String, Object> leaving = tenant(true, 4);
        long person = ((Number) leaving.get("id")).longValue();
        String pi = atTheDesk("handler", Map.of("recipientId", "next-tenant", "purpose", "VIEWING",
                "sensitiveSubjectCode", leaving.get("hetu")));
        String reference = referenceOf(pi);
        assertThat(request(reference).status()).isEqualTo("WAITING_CONSENT");
        assertThat(lettersTo(reference)).singleElement().asString().startsWith((String) leaving.get("email"))
                .contains("suostumus");
        // given at the desk: the request goes on to approval
        assertThat(consentDesk.give(person, "NEXT_TENANT", "VIEWING", Consents.How.DESK, "käynti 7.12.", "handler"))
                .containsExactly(reference);
        driver.runJobs(pi);
        assertThat(request(reference).status()).isEqualTo("WAITING_APPROVAL");
        // withdrawn before the approver acts: the delivery refuses it
        assertThat(consentDesk.withdraw(person, "NEXT_TENANT", "VIEWING", Consents.How.EMAIL, "handler")).isTrue();
        driver.complete(pi, Element.APPROVE_DISCLOSURE, "handler2", List.of("privacy-handlers"),
                Map.of("approvalDecision", "APPROVE"));
        assertThat(request(reference).status()).isEqualTo("REFUSED");
        assertThat(request(reference).reason()).contains("withdrawn");
        assertThat(register.of(reference)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.disclosure_consent where person_id = ? "
                + "and withdrawn_at is not null", Integer.class, person)).isEqualTo(1);
    }

    @Test
    void consentThatNeverComesOrCannotBeAskedEndsInARefusal() {
        Map<String, Object> silent = tenant(true, 5);
        String waiting = atTheDesk("handler", Map.of("recipientId", "helsinki-social-services",
                "purpose", "HOUSING_ADVISORY", "sensitiveSubjectCode", silent.get("hetu")));
        driver.fireTimer(waiting, Element.CONSENT_WAIT_OVER);
        assertThat(request(referenceOf(waiting)).status()).isEqualTo("REFUSED");
        assertThat(request(referenceOf(waiting)).reason()).contains("did not come in time");

        // a resident without an email address (made here: the demo data gives most tenants one)
        Map<String, Object> noEmail = tenant(true, 10);
        jdbc.update("update tietovahti.person set email = null where id = ?", noEmail.get("id"));
        String unreachable = atTheDesk("handler", Map.of("recipientId", "helsinki-social-services",
                "purpose", "HOUSING_ADVISORY", "sensitiveSubjectCode", noEmail.get("hetu")));
        assertThat(request(referenceOf(unreachable)).status()).isEqualTo("REFUSED");
        assertThat(request(referenceOf(unreachable)).reason()).contains("no address");
        jdbc.update("update tietovahti.person set email = ? where id = ?", noEmail.get("email"), noEmail.get("id"));
    }

    @Test
    void aRestrictionBlocksTheDisclosureUnlessAnArticle18_2ExceptionIsRecorded() {
        Map<String, Object> restricted = tenant(true, 6);
        long person = ((Number) restricted.get("id")).longValue();
        restrictions.restrict("tenancy", Set.of("tenancy.resident-identity"), directory.subjectOf(List.of(person)),
                RestrictionGround.ACCURACY_CONTESTED, "TV-TEST-16");
        DisclosureDoors.Started refused = kelaAsks("HOUSING_ALLOWANCE", "938/2014 42 §", restricted);
        driver.runJobs(refused.processInstanceId());
        assertThat(request(refused.reference()).status()).isEqualTo("RECEIVED");
        driver.completeAsHandler(refused.processInstanceId(), Element.DECIDE_RESTRICTED_DISCLOSURE,
                Map.of("restrictedDisclosureDecision", "REFUSE"));
        assertThat(request(refused.reference()).status()).isEqualTo("REFUSED");

        DisclosureDoors.Started excepted = kelaAsks("HOUSING_ALLOWANCE", "938/2014 42 §", restricted);
        driver.runJobs(excepted.processInstanceId());
        assertThatThrownBy(() -> driver.completeAsHandler(excepted.processInstanceId(),
                Element.DECIDE_RESTRICTED_DISCLOSURE, Map.of("restrictedDisclosureDecision", "EXCEPTION",
                        "restrictionExceptionGround", "PUBLIC_INTEREST"))).hasMessageContaining("reasons");
        driver.completeAsHandler(excepted.processInstanceId(), Element.DECIDE_RESTRICTED_DISCLOSURE,
                Map.of("restrictedDisclosureDecision", "EXCEPTION", "restrictionExceptionGround", "PUBLIC_INTEREST",
                        "sensitiveRestrictionNote", "Asumistuen ratkaisu ei voi odottaa oikaisua"));
        driver.complete(excepted.processInstanceId(), Element.APPROVE_DISCLOSURE, "handler2",
                List.of("privacy-handlers"), Map.of("approvalDecision", "APPROVE"));
        assertThat(register.of(excepted.reference())).singleElement()
                .satisfies(d -> assertThat(d.restrictionException()).contains("18(2) PUBLIC_INTEREST"));
        restrictions.lift("tenancy", Set.of("tenancy.resident-identity"), directory.subjectOf(List.of(person)));
    }

    @Test
    void theDpoDecidesARequestOutsideTheTable() {
        Map<String, Object> tenant = tenant(true, 7);
        String allowed = atTheDesk("handler", Map.of("recipientId", "helsinki-police", "purpose", "SERVICE",
                "legalReference", "R 26/123", "sensitiveSubjectCode", tenant.get("hetu")));
        assertThat(driver.variable(allowed, "disclosureOutcome")).isEqualTo("TO_DPO");
        driver.completeAsDpo(allowed, Element.DECIDE_UNLISTED_DISCLOSURE, Map.of("dpoDisclosureDecision", "APPROVE",
                "dpoProfile", "RESIDENCE", "sensitiveDpoNote", "GDPR 6(1)(e): Poliisilaki 872/2011 4:2"));
        List<DisclosureRegister.Disclosure> made = register.of(referenceOf(allowed));
        assertThat(made).singleElement().satisfies(d -> {
            assertThat(d.decidedBy()).isEqualTo("dpo");
            assertThat(d.basis()).contains("872/2011");
            assertThat(d.fields()).isEqualTo("name,birthDate,address,movedIn,movedOut");
        });

        String refused = atTheDesk("handler", Map.of("recipientId", "insurer", "purpose", "MARKETING",
                "sensitiveSubjectCode", tenant.get("hetu")));
        driver.completeAsDpo(refused, Element.DECIDE_UNLISTED_DISCLOSURE, Map.of("dpoDisclosureDecision", "REFUSE",
                "sensitiveDpoNote", "Markkinointiin ei luovuteta"));
        assertThat(request(referenceOf(refused)).status()).isEqualTo("REFUSED");
    }

    @Test
    void kelaHearsOfAMoveOutOnlyWhileItPaysTheAllowanceToTheLandlordInTheWeekdayBatch() {
        Map<String, Object> paid = tenant(true, 8);
        long person = ((Number) paid.get("id")).longValue();
        long tenancy = ((Number) paid.get("tenancy_id")).longValue();
        jdbc.update("""
                insert into tietovahti.housing_allowance_to_landlord (tenancy_id, person_id, ground, paid_from)
                values (?, ?, 'UNPAID_RENT', ?)""", tenancy, person, java.sql.Date.valueOf(TestClock.today().minusMonths(3)));
        java.time.LocalDate movesOut = TestClock.today().plusDays(20);
        long queued = kelaNotices.tenancyEnds(tenancy, person, movesOut, "termination:test").orElseThrow();
        assertThat(kelaNotices.tenancyEnds(tenancy, person, movesOut, "termination:test")).contains(queued);

        Map<String, Object> notPaid = tenant(true, 9);
        assertThat(kelaNotices.tenancyEnds(((Number) notPaid.get("tenancy_id")).longValue(),
                ((Number) notPaid.get("id")).longValue(), movesOut, "termination:test")).isEmpty();

        // the weekday batch: its timer fires, its job sends the waiting notices as one disclosure
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery()
                .processDefinitionKey(fi.tietovahti.processes.KelaNoticeBatchProcess.KEY).timers().singleResult();
        assertThat(timer).as("the batch's timer is scheduled").isNotNull();
        management.executeJob(timer.getId());
        String batch = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(fi.tietovahti.processes.KelaNoticeBatchProcess.KEY).list().get(0).getId();
        driver.runJobs(batch);
        String reference = (String) driver.historicVariable(batch, "disclosureReference");
        String request = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        driver.runJobs(request);
        assertThat(driver.instance(request)).isNull();
        DisclosureRegister.Disclosure made = register.of(reference).get(0);
        assertThat(made.fields()).isEqualTo("name,identityCode,address,tenancyEnd,movedOut");
        assertThat(made.decidedBy()).isEqualTo("disclosure-basis");
        assertThat(made.approvedBy()).isNull();
        assertThat(made.cause()).startsWith("kela-notices:");
        String extract = csv(reference);
        assertThat(extract).contains((String) paid.get("hetu"))
                .contains(movesOut.getDayOfMonth() + "." + movesOut.getMonthValue() + "." + movesOut.getYear())
                .doesNotContain((String) notPaid.get("hetu"));
        // sent once: the next morning finds nothing waiting
        assertThat(kelaNotices.sendWaiting()).isEmpty();
    }

    @Autowired
    fi.tietovahti.recipients.RecipientNotices notices;

    @Test
    void anErasureTellsTheRecipientsThisRegisterRecordedForThePersonAndNoOthers() {
        Map<String, Object> tenant = tenant(true, 11);
        long person = ((Number) tenant.get("id")).longValue();
        // an insurer got the contact details, Kela the tenancy; another resident's disclosure is not this person's
        String insurer = atTheDesk("handler", Map.of("recipientId", "insurer", "purpose", "DAMAGE_CLAIM",
                "legalReference", "vahinko 2026-77", "sensitiveSubjectCode", tenant.get("hetu")));
        driver.complete(insurer, Element.APPROVE_DISCLOSURE, "handler2", List.of("privacy-handlers"),
                Map.of("approvalDecision", "APPROVE"));
        DisclosureDoors.Started kela = kelaAsks("HOUSING_ALLOWANCE", "938/2014 42 §", tenant);
        driver.runJobs(kela.processInstanceId());
        driver.completeAsHandler(kela.processInstanceId(), Element.APPROVE_DISCLOSURE, Map.of("approvalDecision", "APPROVE"));
        Map<String, Object> other = tenant(true, 12);
        String othersInsurer = atTheDesk("handler", Map.of("recipientId", "helsinki-police", "purpose", "CRIME",
                "legalReference", "R 26/5", "sensitiveSubjectCode", other.get("hetu")));
        driver.complete(othersInsurer, Element.APPROVE_DISCLOSURE, "handler2", List.of("privacy-handlers"),
                Map.of("approvalDecision", "APPROVE"));

        fi.tietovahti.cases.PrivacyCase kase = cases.open(new fi.tietovahti.cases.NewCase(
                fi.tietovahti.cases.PrivacyCase.Type.ERASURE, TestClock.now(), "fi",
                fi.tietovahti.cases.PrivacyCase.Channel.DESK, "Art 19", "art19@example.com", null));
        cases.recordSubject(kase.getCaseNumber(), person, "test");
        List<fi.tietovahti.recipients.RecipientNotices.Notice> told = notices.tell(cases.byNumber(kase.getCaseNumber()),
                List.of("tenancy.resident-contact"));
        assertThat(told).extracting(fi.tietovahti.recipients.RecipientNotices.Notice::recipient)
                .contains("insurer").doesNotContain("kela", "helsinki-police");
        assertThat(told).filteredOn(n -> n.recipient().equals("insurer")).singleElement()
                .satisfies(n -> assertThat(n.address()).isEqualTo("vahinkopalvelu@vakuutus.example"));
        // the identity data went to Kela and the insurer: both are told of its correction, the police are not
        List<fi.tietovahti.recipients.RecipientNotices.Notice> rectified = notices.tell(cases.byNumber(
                kase.getCaseNumber()), List.of("tenancy.resident-identity"),
                fi.tietovahti.recipients.RecipientNotices.Kind.RECTIFICATION);
        assertThat(rectified).extracting(fi.tietovahti.recipients.RecipientNotices.Notice::recipient)
                .contains("insurer", "kela").doesNotContain("helsinki-police");
    }

    @Test
    void theDpoSeesTheDisclosuresByRecipientAndPersonTheArt30CsvAndWhereTheNoticeClaimsTooMuch() {
        Map<String, Object> tenant = tenant(true, 13);
        DisclosureDoors.Started kela = kelaAsks("HOUSING_ALLOWANCE", "938/2014 42 §", tenant);
        driver.runJobs(kela.processInstanceId());
        driver.completeAsHandler(kela.processInstanceId(), Element.APPROVE_DISCLOSURE, Map.of("approvalDecision", "APPROVE"));
        String refused = referenceOf(atTheDesk("handler", Map.of("recipientId", "tax-administration",
                "purpose", "TAXATION", "sensitiveSubjectCode", tenant.get("hetu"))));

        org.springframework.http.HttpHeaders asking = new org.springframework.http.HttpHeaders();
        asking.add("X-Identity-Code", (String) tenant.get("hetu"));
        ResponseEntity<Map> mine = rest.withBasicAuth("dpo", "dpo").exchange("/api/dpo/disclosures?recipient=KELA",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(asking), Map.class);
        assertThat((List<Map<String, Object>>) mine.getBody().get("disclosures")).singleElement()
                .satisfies(row -> assertThat(row.get("reference")).isEqualTo(kela.reference()));
        assertThat(mine.getBody().toString()).doesNotContain((String) tenant.get("name"));

        ResponseEntity<Map> all = rest.withBasicAuth("dpo", "dpo").getForEntity("/api/dpo/disclosures", Map.class);
        assertThat((List<?>) all.getBody().get("disclosures")).hasSizeGreaterThan(1);
        assertThat(all.getBody().get("refusals").toString()).contains(refused);

        String csv = rest.withBasicAuth("dpo", "dpo").getForObject("/api/dpo/disclosures/art30.csv?from="
                + TestClock.today() + "&to=" + TestClock.today().plusDays(1), String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("disclosedAt;reference;recipient;");
        assertThat(csv).contains(kela.reference()).doesNotContain((String) tenant.get("hetu"));

        ResponseEntity<List> differences = rest.withBasicAuth("dpo", "dpo").getForEntity(
                "/api/dpo/disclosures/notice-differences", List.class);
        assertThat(differences.getBody().toString()).contains("social-services", "resident-committee",
                "city-housing-services").doesNotContain("kela-housing-allowance");

        assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/dpo/disclosures", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("dpo", "dpo").getForEntity("/api/dpo/disclosures?from=eilen", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Autowired
    fi.tietovahti.intake.MailIntake intake;

    private static byte[] mail(String from, String subject, String body) {
        return ("From: " + from + "\r\nTo: tietosuoja@hekaoy.fi\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + java.util.UUID.randomUUID() + "@poliisi.example>\r\nDate: Mon, 7 Dec 2026 "
                + "09:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAuthoritysRequestByEmailStartsThisProcessNotAPrivacyRight() {
        Map<String, Object> tenant = tenant(true, 14);
        fi.tietovahti.intake.MailIntake.Taken taken = intake.take(mail("Rikoskomisario Virta <kirjaamo.helsinki@poliisi.example>",
                "Tietopyyntö esitutkintaa varten", "Hyvä vastaanottaja,\n\npyydämme esitutkintaa varten "
                        + "(asianumero 5500/R/1234/26) tiedot henkilöstä " + tenant.get("hetu") + ", Poliisilaki "
                        + "872/2011 4 luku 3 § 1 mom.\n\nYstävällisesti\nVirta"), TestClock.now());
        assertThat(taken.route()).isEqualTo(fi.tietovahti.intake.MailIntake.Route.DISCLOSURE);
        DisclosureRequests.Request r = request(taken.reference());
        assertThat(r.purpose()).isEqualTo("CRIME");
        assertThat(r.channel()).isEqualTo("EMAIL");
        assertThat(r.legalReference()).isNotBlank();
        assertThat(r.cause()).isEqualTo("mail:" + taken.inboundMailId());
        driver.runJobs(taken.processInstanceId());
        assertThat(request(taken.reference()).status()).isEqualTo("WAITING_APPROVAL");
        assertThat(runtime.getVariables(taken.processInstanceId()).toString()).doesNotContain((String) tenant.get("hetu"));

        // without an identity code a handler registers it; a resident's mail is still a privacy request
        fi.tietovahti.intake.MailIntake.Taken incomplete = intake.take(mail("asumistuki@kela.example",
                "Asumistukiasia", "Pyydämme vuokrasopimustiedot asumistukiasiaa varten."), TestClock.now());
        assertThat(incomplete.route()).isEqualTo(fi.tietovahti.intake.MailIntake.Route.TRIAGE);
        assertThat(jdbc.queryForObject("select decided_by from tietovahti.inbound_mail where id = ?", String.class,
                incomplete.inboundMailId())).contains("DISCLOSURE_INCOMPLETE");
    }

    @Test
    void otherProcessesDiscloseThroughTheSameProcessAndRegister() {
        // a test caller in place of the collection process (next issue): a debt handed to the collection partner
        Map<String, Object> debtor = tenant(true, 15);
        DisclosureDoors.Started handover = disclosureDoors.fromProcess("processor-collection", new DisclosureDoors.Ask(
                "COLLECTION", null, false, false, null, List.of(((Number) debtor.get("id")).longValue()), null,
                "collection-case:test"));
        driver.runJobs(handover.processInstanceId());
        // a kind several recipients might share is no address: the process must name the one
        assertThatThrownBy(() -> new Recipients(new DisclosureProperties(Map.of(
                "collection-partner", new DisclosureProperties.Recipient("PROCESSOR", "Perintä", "a@perinta.example",
                        null, "processor-collection"),
                "it-provider", new DisclosureProperties.Recipient("PROCESSOR", "IT", "b@it.example", null,
                        "processor-it")), java.time.Duration.ofDays(14), java.time.Duration.ofDays(14), "http://x"))
                .forProcess("PROCESSOR")).hasMessageContaining("2 recipients for PROCESSOR");
        assertThat(driver.variable(handover.processInstanceId(), "approval")).as("collection data: four eyes")
                .isEqualTo("FOUR_EYES");
        driver.completeAsHandler(handover.processInstanceId(), Element.APPROVE_DISCLOSURE,
                Map.of("approvalDecision", "APPROVE"));
        driver.completeAsDpo(handover.processInstanceId(), Element.SECOND_APPROVE_DISCLOSURE,
                Map.of("secondApprovalDecision", "APPROVE"));
        DisclosureRegister.Disclosure handed = register.of(handover.reference()).get(0);
        assertThat(handed.recipientName()).isEqualTo("Perintäkumppani");
        assertThat(handed.cause()).isEqualTo("collection-case:test");
        assertThat(csv(handover.reference()).lines().findFirst().orElseThrow())
                .isEqualTo("name;identityCode;address;phone;email;contractNumber;openClaimsEur");

        // a referral to housing advisory, with the resident's consent asked first
        Map<String, Object> resident = tenant(true, 16);
        long person = ((Number) resident.get("id")).longValue();
        DisclosureDoors.Started referral = disclosureDoors.fromProcess("SOCIAL_SERVICES", new DisclosureDoors.Ask(
                "HOUSING_ADVISORY", null, false, false, null, List.of(person), null, "eviction-case:test"));
        driver.runJobs(referral.processInstanceId());
        assertThat(request(referral.reference()).status()).isEqualTo("WAITING_CONSENT");
        consentDesk.give(person, "SOCIAL_SERVICES", "HOUSING_ADVISORY", Consents.How.FORM, "suostumuslomake 12/2026",
                "handler");
        driver.runJobs(referral.processInstanceId());
        driver.completeAsHandler(referral.processInstanceId(), Element.APPROVE_DISCLOSURE,
                Map.of("approvalDecision", "APPROVE"));
        assertThat(register.of(referral.reference())).singleElement().satisfies(d -> {
            assertThat(d.consentId()).isNotNull();
            assertThat(d.deliveredTo()).isEqualTo("sosiaalipalvelut@hel.example");
            assertThat(d.fields()).isEqualTo("name,address,phone,email");
        });
    }
}
