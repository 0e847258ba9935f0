package fi.tietovahti.objection;

import fi.tietovahti.processes.ObjectionRequestProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.cases.PrivacyCase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * objection-request end to end: an objection to the newsletter cannot be refused and ends the subscription; an
 * upheld objection to camera surveillance erases the person's recordings; a refused objection to feedback surveys
 * keeps the answers and tells the requester the compelling grounds. The balancing stays out of the engine's history.
 */
class ObjectionRequestIT extends RequestProcessTest {

    @Override
    protected java.util.List<String> processesWalked() {
        return java.util.List.of(RequestDoors.rightProcess(PrivacyCase.Type.OBJECTION));
    }


    @Autowired
    fi.tietovahti.cases.CaseDocuments documents;

    /** A person from the end of the id range; {@code offset} keeps this class's people apart from other classes'. */
    private Map<String, Object> person(String condition, int offset) {
        return jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu, p.email from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) and %s order by p.id desc offset %d limit 1"""
                .formatted(condition, offset));
    }

    private RequestDoors.Started object(Map<String, Object> person, String language) {
        return driver.startAtTheDesk(doors, PrivacyCase.Type.OBJECTION, (String) person.get("name"),
                "objection." + person.get("id") + "@example.com", (String) person.get("hetu"), language);
    }

    private String answer(String caseNumber) {
        return jdbc.queryForObject("""
                select body from tietovahti.mail_outbox where case_number = ? order by id desc limit 1""", String.class,
                caseNumber);
    }

    @Test
    void anObjectionToTheNewsletterCannotBeRefusedAndEndsTheSubscription() {
        Map<String, Object> subscriber = person("""
                exists (select 1 from tietovahti.newsletter_subscriber s
                        where lower(s.email) = lower(p.email) and s.unsubscribed_at is null)""", 5);
        RequestDoors.Started started = object(subscriber, "fi");
        String pi = started.processInstanceId();
        assertThatThrownBy(() -> driver.completeAsHandler(pi, ObjectionRequestProcess.Element.BALANCE_OBJECTION, Map.of("objectionTarget", "NEWSLETTER",
                "objectionDecision", "REFUSED", "sensitiveBalancing", "We like sending it")))
                .hasMessageContaining("cannot be refused");
        driver.completeAsHandler(pi, ObjectionRequestProcess.Element.BALANCE_OBJECTION, Map.of("objectionTarget", "NEWSLETTER",
                "objectionDecision", "UPHELD", "sensitiveBalancing", "Direct marketing: the subscription ends"));

        assertThat(driver.instance(pi)).isNull();
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.newsletter_subscriber where lower(email) = lower(?)
                and unsubscribed_at is null""", Integer.class, subscriber.get("email"))).isZero();
        assertThat(answer(started.caseNumber())).contains("uutiskirje (suoramarkkinointi)").contains("Lopetamme");
    }

    @Test
    void anUpheldObjectionToCameraSurveillanceErasesThePersonsRecordings() {
        // a resident identified on yesterday's recording at the service desk (few are in the demo data)
        Map<String, Object> filmed = person("p.email is not null", 7);
        jdbc.update("""
                insert into tietovahti.camera_recording_subject (recording_id, person_id, note)
                select max(id), ?, 'Tunnistettu asioinnin yhteydessä' from tietovahti.camera_recording""",
                filmed.get("id"));
        RequestDoors.Started started = object(filmed, "en");
        driver.completeAsHandler(started.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION, Map.of("objectionTarget", "CAMERA",
                "objectionDecision", "UPHELD", "sensitiveBalancing", "No incident needs the recordings"));
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.camera_recording_subject where person_id = ?",
                Integer.class, filmed.get("id"))).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).count()).isZero();
        assertThat(answer(started.caseNumber())).contains("camera surveillance recordings").contains("We stop");
    }

    @Test
    void aRefusedObjectionToFeedbackSurveysKeepsTheAnswersAndGivesTheGrounds() {
        Map<String, Object> respondent = person("""
                exists (select 1 from tietovahti.feedback f where f.person_id = p.id)""", 5);
        int answers = jdbc.queryForObject("select count(*) from tietovahti.feedback where person_id = ?",
                Integer.class, respondent.get("id"));
        RequestDoors.Started started = object(respondent, "sv");
        driver.completeAsHandler(started.processInstanceId(), ObjectionRequestProcess.Element.BALANCE_OBJECTION, Map.of("objectionTarget", "SURVEYS",
                "objectionDecision", "REFUSED", "sensitiveBalancing",
                "Svaren behövs för att utreda en pågående reklamation om byggfel"));
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.feedback where person_id = ?", Integer.class,
                respondent.get("id"))).isEqualTo(answers);
        // the grounds are the handler's words: in the secure delivery, not in the email
        assertThat(answer(started.caseNumber())).contains("kundresponsenkäter").contains("skyddade leveransen")
                .doesNotContain("pågående reklamation");
        long caseId = cases.byNumber(started.caseNumber()).getId();
        assertThat(fi.tietovahti.letters.AccessReportRenderer.textOf(documents.content(caseId,
                fi.tietovahti.cases.CaseDocuments.Kind.ANSWER_DOCX).orElseThrow()))
                .contains("Svar på invändning").contains("pågående reklamation").contains("dataombudsmannen");
        assertThat(jdbc.queryForList("select body from tietovahti.mail_outbox where case_number = ?", String.class,
                started.caseNumber())).anyMatch(b -> b.contains("/delivery/"))
                .noneMatch(b -> b.contains("pågående reklamation"));
    }
}
