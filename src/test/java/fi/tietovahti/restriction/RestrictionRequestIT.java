package fi.tietovahti.restriction;

import fi.tietovahti.processes.PrivacyRequestProcess;
import fi.tietovahti.processes.RestrictedProcessingProcess;
import fi.tietovahti.processes.RestrictionInForceProcess;
import fi.tietovahti.processes.RestrictionRequestProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.collection.CollectionRun;
import fi.tietovahti.collection.TestLeases;
import fi.tietovahti.processes.RentCollectionProcess;
import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.consent.NewsletterIssues;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.RestrictionGround;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restriction as an executable state: a subscriber restricts their newsletter data through restriction-request, and
 * the next issue leaves them out (a handler gets the matter); a tenant's restricted collection data stops the
 * payment reminder. Lifting tells the person first, then the newsletter reaches them again.
 */
class RestrictionRequestIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of(RequestDoors.rightProcess(PrivacyCase.Type.RESTRICTION), RestrictionInForceProcess.KEY);
    }


    @Autowired
    NewsletterIssues newsletter;
    @Autowired
    CollectionRun collectionRun;
    @Autowired
    PersonalDataSources sources;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    Restrictions restrictions;
    @Autowired
    fi.tietovahti.intake.MailIntake intake;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    private long heldBack(String reference) {
        return jdbc.queryForObject("select count(*) from tietovahti.restricted_use where reference = ?", Long.class,
                reference);
    }

    private int lettersTo(String address) {
        return jdbc.queryForObject("select count(*) from tietovahti.mail_outbox where lower(recipient) = lower(?)",
                Integer.class, address);
    }

    @Test
    void aRestrictedSubscriberGetsNoNewsletterUntilTheRestrictionIsLiftedAfterTheyWereTold() {
        Map<String, Object> subscriber = jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu, s.id as subscriber, s.email
                from tietovahti.person p join tietovahti.newsletter_subscriber s on lower(s.email) = lower(p.email)
                where p.hetu is not null and p.id not in (1, 2, 3) and s.unsubscribed_at is null
                order by p.id desc limit 1""");
        long other = jdbc.queryForObject("""
                select id from tietovahti.newsletter_subscriber where unsubscribed_at is null and id <> ?
                order by id desc limit 1""", Long.class, subscriber.get("subscriber"));
        long restricted = ((Number) subscriber.get("subscriber")).longValue();
        String email = (String) subscriber.get("email");

        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.RESTRICTION,
                (String) subscriber.get("name"), "restrict@example.com", (String) subscriber.get("hetu"), "en");
        String pi = started.processInstanceId();

        Task decide = driver.task(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION);
        assertThat(tasks.getVariableLocal(decide.getId(), "restrictionCategoryOptions").toString())
                .contains("newsletter.subscription");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION, Map.of(
                "restrictionGround", "REFUSE"))).hasMessageContaining("reasons");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION, Map.of(
                "restrictionGround", "OBJECTION_PENDING"))).hasMessageContaining("choose the categories");
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION, Map.of(
                "restrictionGround", "OBJECTION_PENDING", "restrictedCategories", List.of("camera.recording"))))
                .hasMessageContaining("no data in");
        driver.completeAsHandler(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION, Map.of("restrictionGround", "OBJECTION_PENDING",
                "restrictedCategories", List.of("newsletter.subscription"),
                "sensitiveRestrictionNote", "Objects to the newsletter profiling"));

        // answered: the case is closed, the letter says what and why; the restriction lives on as a task
        PrivacyCase kase = cases.byNumber(started.caseNumber());
        assertThat(kase.getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(kase.getOnTimeLegal()).isTrue();
        assertThat(jdbc.queryForList("select body from tietovahti.mail_outbox where case_number = ? and subject like ?",
                String.class, started.caseNumber(), "%has been restricted%")).singleElement()
                .asString().contains("you have objected").contains("Newsletter").contains("until your objection");
        Task inForce = driver.task(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE);
        assertThat(inForce.getFollowUpDate()).isNotNull();

        // the next issue: the restricted subscriber is held back for a handler, the other one gets it
        int before = lettersTo(email);
        // the issue endpoint refuses an empty issue and anyone but the DPO or an administrator
        assertThat(rest.withBasicAuth("dpo", "dpo").postForEntity("/api/newsletter/issues",
                Map.of("subject", " ", "body", "x"), String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(rest.withBasicAuth("handler", "handler").postForEntity("/api/newsletter/issues",
                Map.of("subject", "s", "body", "x"), String.class).getStatusCode().value()).isEqualTo(403);
        NewsletterIssues.Sent sent = newsletter.sendTo(List.of(restricted, other), "Heka tiedottaa", "Uutisia.");
        assertThat(sent).isEqualTo(new NewsletterIssues.Sent(1, 1));
        assertThat(lettersTo(email)).isEqualTo(before);
        assertThat(heldBack("newsletter-subscriber:" + restricted)).isEqualTo(1);
        String blocked = jdbc.queryForObject("select process_instance_id from tietovahti.restricted_use where reference = ?",
                String.class, "newsletter-subscriber:" + restricted);
        Task handler = tasks.createTaskQuery().processInstanceId(blocked).singleResult();
        assertThat(handler.getTaskDefinitionKey()).isEqualTo(RestrictedProcessingProcess.Element.DECIDE_RESTRICTED_USE);
        assertThatThrownBy(() -> driver.completeAsHandler(blocked, RestrictedProcessingProcess.Element.DECIDE_RESTRICTED_USE, Map.of(
                "restrictedUseDecision", "EXCEPTION"))).hasMessageContaining("exception");
        driver.completeAsHandler(blocked, RestrictedProcessingProcess.Element.DECIDE_RESTRICTED_USE, Map.of("restrictedUseDecision", "LEFT_UNDONE"));
        assertThat(jdbc.queryForObject("select decision from tietovahti.restricted_use where process_instance_id = ?",
                String.class, blocked)).isEqualTo("LEFT_UNDONE");

        // the objection is decided: the handler records it, the person is told first, then it is lifted
        assertThatThrownBy(() -> driver.completeAsHandler(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE, Map.of()))
                .hasMessageContaining("end condition");
        driver.completeAsHandler(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE, Map.of("sensitiveLiftReason",
                "The objection was weighed: the newsletter is sent on consent, which stands"));
        assertThat(jdbc.queryForObject("select body from tietovahti.mail_outbox where case_number = ? and subject like ?",
                String.class, started.caseNumber(), "%will be lifted%")).contains("will be lifted on ")
                .contains("before then");
        // told first: the restriction holds for the notice period, in which the person can answer
        assertThat(newsletter.sendTo(List.of(restricted), "Heka tiedottaa", "Uutisia.").heldBack()).isEqualTo(1);
        // the person contests the lifting: a handler reads it, and the restriction stays
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, started.caseNumber());
        intake.take(("From: Asukas <restrict@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\nSubject: Re: rajoitus\r\n"
                + "Message-ID: <contest." + System.nanoTime() + "@example.com>\r\nIn-Reply-To: " + acknowledgement
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nEn hyväksy, arviointi on kesken.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        Task reply = driver.task(pi, RestrictionInForceProcess.Element.READ_REPLY_BEFORE_LIFTING);
        assertThat((String) tasks.getVariableLocal(reply.getId(), "sensitiveMailText")).contains("arviointi on kesken");
        driver.completeAsHandler(pi, RestrictionInForceProcess.Element.READ_REPLY_BEFORE_LIFTING, Map.of("liftingContested", "true"));
        driver.completeAsHandler(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE, Map.of("sensitiveLiftReason",
                "The objection was weighed again: the newsletter is sent on consent, which stands"));
        driver.fireTimer(pi, RestrictionInForceProcess.Element.LIFTING_NOTICE_RUNS);
        assertThat(driver.instance(pi)).isNull();
        assertThat(newsletter.sendTo(List.of(restricted), "Heka tiedottaa", "Uutisia.").sent()).isEqualTo(1);
        assertThat(lettersTo(email)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.restricted_use where reference = ?",
                Integer.class, "newsletter-subscriber:" + restricted)).as("held back twice, then sent").isEqualTo(2);
    }

    @Test
    void aRestrictedTenantGetsNoPaymentReminderUntilTheRestrictionIsLifted() {
        // a lease of its own, its rent 40 days overdue: the reminder is due today
        TestLeases.Lease lease = TestLeases.lease(jdbc, 60_000, "fi", true);
        TestLeases.invoice(jdbc, lease, TestClock.today().minusDays(40), 60_000);
        collectionRun.run();
        String claim = jdbc.queryForObject("select reference from tietovahti.collection_case where tenancy_id = ?",
                String.class, lease.tenancyId());
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(RentCollectionProcess.KEY)
                .processInstanceBusinessKey(claim).singleResult().getId();
        driver.runJobs(pi);
        sources.restrict(residents.subjectOf(List.of(lease.personId())), Set.of("collection.case"),
                RestrictionGround.LEGAL_CLAIMS, "TEST-COLLECTION");
        try {
            driver.fireTimer(pi, RentCollectionProcess.Element.STEP_DAY);
            assertThat(driver.variable(pi, "collectionQuestion")).isEqualTo("RESTRICTED");
            assertThat(reminders(claim)).as("no reminder while restricted").isZero();
            assertThat(heldBack("collection-case:" + claim)).as("a privacy handler is told").isEqualTo(1);
            assertThatThrownBy(() -> driver.submit(pi, RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION,
                    "collector", List.of("collections"), Map.of("collectionDecision", "RESUME")))
                    .hasMessageContaining("still restricted");
            assertThat(rest.withBasicAuth("handler", "handler").getForEntity("/api/collection/cases/{ref}",
                    String.class, claim).getStatusCode().value()).as("collection data: the collection staff's").isEqualTo(403);
        } finally {
            sources.liftRestriction(residents.subjectOf(List.of(lease.personId())), Set.of("collection.case"));
        }
        driver.complete(pi, RentCollectionProcess.Element.DECIDE_COLLECTION_QUESTION, "collector",
                List.of("collections"), Map.of("collectionDecision", "RESUME"));
        driver.fireTimer(pi, RentCollectionProcess.Element.STEP_DAY);
        assertThat(reminders(claim)).as("lifted: the reminder goes out").isEqualTo(1);
        assertThat(lettersTo(lease.email())).isEqualTo(1);
    }

    private int reminders(String claim) {
        return jdbc.queryForObject("select count(*) from tietovahti.collection_step s join tietovahti.collection_case c "
                + "on c.id = s.case_id where c.reference = ? and s.step_type = 'PAYMENT_REMINDER'", Integer.class, claim);
    }

    @Test
    void aRequestCarriedOutCanNoLongerBeWithdrawnButTheRequestersMessageIsRead() {
        Map<String, Object> subscriber = jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu
                from tietovahti.person p join tietovahti.newsletter_subscriber s on lower(s.email) = lower(p.email)
                where p.hetu is not null and p.id not in (1, 2, 3) and s.unsubscribed_at is null
                order by p.id desc offset 1 limit 1""");
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.RESTRICTION,
                (String) subscriber.get("name"), "late.withdrawal@example.com", (String) subscriber.get("hetu"), "fi");
        String pi = started.processInstanceId();
        // the restriction is applied; its letter has not left yet when the requester writes
        String decide = driver.task(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION).getId(); // found as the engine (the case's instances)
        identityService.setAuthentication("handler", List.of("privacy-handlers"));
        try {
            forms.submitTaskForm(decide, Map.of("restrictionGround",
                    "ACCURACY_CONTESTED", "restrictedCategories", List.of("newsletter.subscription")));
        } finally {
            identityService.clearAuthentication();
        }
        driver.runJobsExcept(pi, RestrictionRequestProcess.Element.SEND_RESTRICTION_LETTER);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, started.caseNumber());
        intake.take(("From: Asukas <late.withdrawal@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\n"
                + "Subject: Re: pyyntö\r\nMessage-ID: <late." + System.nanoTime() + "@example.com>\r\n"
                + "In-Reply-To: " + acknowledgement + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Peruutan pyyntöni.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        assertThatThrownBy(() -> driver.completeAsHandler(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE,
                Map.of("requesterMessageAction", "WITHDRAWN"))).hasMessageContaining("can no longer be withdrawn");
        driver.completeAsHandler(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE, Map.of("requesterMessageAction", "NOTED"));
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(driver.task(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE)).as("the restriction lives on").isNotNull();

        driver.completeAsHandler(pi, RestrictionInForceProcess.Element.RESTRICTION_IN_FORCE, Map.of("sensitiveLiftReason", "Verified: the data is right"));
        // the person answers the notice without contesting: the lifting goes ahead on the day announced
        intake.take(("From: Asukas <late.withdrawal@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\n"
                + "Subject: Re: rajoitus\r\nMessage-ID: <fine." + System.nanoTime() + "@example.com>\r\n"
                + "In-Reply-To: " + acknowledgement + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Selvä, kiitos tiedosta.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        driver.completeAsHandler(pi, RestrictionInForceProcess.Element.READ_REPLY_BEFORE_LIFTING,
                Map.of("liftingContested", "false"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(started.caseNumber()).count())
                .as("not contested: nothing to do until the day").isZero();
        driver.fireTimer(pi, RestrictionInForceProcess.Element.LIFTING_NOTICE_RUNS);
        assertThat(driver.instance(pi)).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(started.caseNumber()).count())
                .as("lifted: nothing of the case runs").isZero();
    }

    @Test
    void aRefusedRestrictionGivesItsReasonsThroughTheSecureDeliveryAndNothingLivesOn() {
        Map<String, Object> person = jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) order by p.id desc offset 13 limit 1""");
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.RESTRICTION,
                (String) person.get("name"), "refused.restriction@example.com", (String) person.get("hetu"), "en");
        String pi = started.processInstanceId();
        driver.completeAsHandler(pi, RestrictionRequestProcess.Element.DECIDE_RESTRICTION, Map.of("restrictionGround", "REFUSE",
                "sensitiveRestrictionNote", "The lease shows the address is right: nothing to restrict"));

        assertThat(driver.instance(pi)).isNull();
        assertThat(driver.passed(pi, RestrictionRequestProcess.Element.SEND_RESTRICTION_REFUSAL)).isOne();
        assertThat(driver.passed(pi, RestrictionRequestProcess.Element.KEEP_RESTRICTION_IN_FORCE)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(started.caseNumber()).count())
                .as("no restriction lives on").isZero();
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(cases.carriedOut(started.caseNumber())).as("a refusal carries nothing out").isFalse();
        assertThat(jdbc.queryForList("select body from tietovahti.mail_outbox where case_number = ?", String.class,
                started.caseNumber())).anyMatch(b -> b.contains("/delivery/"))
                .noneMatch(b -> b.contains("The lease shows"));
    }
}
