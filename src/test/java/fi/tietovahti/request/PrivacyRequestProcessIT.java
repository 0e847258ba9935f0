package fi.tietovahti.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.deadline.LegalDeadlines;
import fi.tietovahti.processes.ObjectionRequestProcess;
import fi.tietovahti.processes.PrivacyRequestProcess;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front and the right it calls, together (ADR 17): while the right's process waits, the front's deadline watch
 * and the requester's replies keep working; an extension reaches the right's tasks and its copy of the deadline; a
 * withdrawal ends the right's instance with the front's. Timers and jobs are run explicitly.
 */
class PrivacyRequestProcessIT extends RequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    fi.tietovahti.intake.MailIntake intake;

    @Override
    protected List<String> processesWalked() {
        return List.of(); // every element of the front: SubjectAccessRequestIT
    }

    @BeforeEach
    void assertions() {
        init(engine);
    }

    private Map<String, Object> person(int offset) {
        return jdbc.queryForMap("""
                select p.id, p.first_name || ' ' || p.last_name as name, p.hetu from tietovahti.person p
                where p.hetu is not null and p.id not in (1, 2, 3) order by p.id desc offset ? limit 1""", offset);
    }

    /** An objection at the desk, its identity checked there: the objection right waits for the handler's weighing. */
    private RequestDoors.Started objection(int offset, String email) {
        Map<String, Object> who = person(offset);
        RequestDoors.Started started = driver.startAtTheDesk(doors, PrivacyCase.Type.OBJECTION, (String) who.get("name"),
                email, (String) who.get("hetu"), "fi");
        BpmnAwareTests.assertThat(front(started)).isWaitingAt(PrivacyRequestProcess.Element.CARRY_OUT_REQUEST);
        BpmnAwareTests.assertThat(right(started)).isWaitingAt(ObjectionRequestProcess.Element.BALANCE_OBJECTION);
        return started;
    }

    private ProcessInstance front(RequestDoors.Started started) {
        return driver.instance(started.processInstanceId());
    }

    private ProcessInstance right(RequestDoors.Started started) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(started.processInstanceId())
                .processDefinitionKey(ObjectionRequestProcess.KEY).singleResult();
    }

    @Test
    void whileTheRightWaitsTheDeadlineWatchRunsAndAnExtensionReachesTheRightsTasks() {
        RequestDoors.Started started = objection(17, "watched.objection@example.com");
        String pi = started.processInstanceId();
        ProcessInstance right = right(started);

        driver.fireTimer(pi, PrivacyRequestProcess.Element.DEADLINE_AT_RISK_START);
        BpmnAwareTests.assertThat(front(started)).isWaitingAt(PrivacyRequestProcess.Element.CARRY_OUT_REQUEST,
                PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE);
        driver.completeAsDpo(pi, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE, Map.of("extend", "true",
                "extensionMonths", "1", "extensionGround", "NUMBER_OF_REQUESTS",
                "sensitiveExtensionReason", "Many requests this month"));

        Date extended = Date.from(LegalDeadlines.endOf(cases.byNumber(started.caseNumber()).getLegalDeadline()));
        // the right's open task and its copy of the deadline (for the tasks it creates later) follow the front's
        assertThat(driver.task(pi, ObjectionRequestProcess.Element.BALANCE_OBJECTION).getDueDate()).isEqualTo(extended);
        assertThat(runtime.getVariable(right.getId(), PrivacyRequestProcess.Variable.LEGAL_DEADLINE)).isEqualTo(extended);
        assertThat(runtime.getVariable(pi, PrivacyRequestProcess.Variable.LEGAL_DEADLINE)).isEqualTo(extended);

        driver.completeAsHandler(pi, ObjectionRequestProcess.Element.BALANCE_OBJECTION, Map.of(
                "objectionTarget", "SURVEYS", "objectionDecision", "REFUSED",
                "sensitiveBalancing", "The answers are needed for a pending claim"));
        assertThat(driver.instance(pi)).as("answered: the front closed, its watch with it").isNull();
        BpmnAwareTests.assertThat(right).isEnded();
        assertThat(driver.passed(pi, PrivacyRequestProcess.Element.CLOSE_CASE)).isOne();
        PrivacyCase closed = cases.byNumber(started.caseNumber());
        assertThat(closed.getOutcome()).isEqualTo(PrivacyCase.Outcome.ANSWERED);
        assertThat(closed.getOnTimeLegal()).isTrue();
    }

    @Test
    void aWithdrawalReadWhileTheRightWaitsEndsTheRightsInstanceWithTheFronts() {
        RequestDoors.Started started = objection(19, "withdrawing.objection@example.com");
        String pi = started.processInstanceId();
        ProcessInstance right = right(started);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, started.caseNumber());
        intake.take(("From: Asukas <withdrawing.objection@example.com>\r\nTo: tietosuoja@hekaoy.fi\r\n"
                + "Subject: Re: pyyntö\r\nMessage-ID: <withdraw." + System.nanoTime() + "@example.com>\r\n"
                + "In-Reply-To: " + acknowledgement + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Peruutan pyyntöni.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        BpmnAwareTests.assertThat(front(started)).isWaitingAt(PrivacyRequestProcess.Element.CARRY_OUT_REQUEST,
                PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE);

        driver.completeAsHandler(pi, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE, Map.of(
                "requesterMessageAction", RequesterMessageAction.WITHDRAWN.name()));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(started.caseNumber()).count())
                .as("neither the front nor the right runs").isZero();
        BpmnAwareTests.assertThat(right).isEnded();
        assertThat(driver.passed(pi, ObjectionRequestProcess.Element.RECORD_OBJECTION)).isZero();
        assertThat(driver.passed(pi, PrivacyRequestProcess.Element.CLOSE_WITHDRAWN)).isOne();
        assertThat(cases.byNumber(started.caseNumber()).getOutcome()).isEqualTo(PrivacyCase.Outcome.WITHDRAWN);
        assertThat(cases.carriedOut(started.caseNumber())).isFalse();
    }
}
