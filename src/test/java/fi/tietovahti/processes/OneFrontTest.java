package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.request.RequestDoors;
import fi.tietovahti.cases.PrivacyCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;

/**
 * The front of the privacy requests is modelled once (ADR 17): privacy-request holds the doors, registration,
 * acknowledgement, identity, matching, the deadline watch, the requester's replies, withdrawal and closing, and
 * calls one small process per right. A front element copied into a right's process, a right without its process,
 * or a right's process that can be started on its own (a second door) fails here.
 */
class OneFrontTest {

    private static final Path PROCESSES = Path.of("processes");
    /** Elements only the front may have: a copy of one in a right's process is the drift issue 14 removed. */
    private static final Set<String> FRONT = Set.of(PrivacyRequestProcess.Element.DESK_REQUEST_RECEIVED, PrivacyRequestProcess.Element.EMAIL_REQUEST_RECEIVED, PrivacyRequestProcess.Element.REGISTER_REQUEST,
            PrivacyRequestProcess.Element.SEND_ACKNOWLEDGEMENT, PrivacyRequestProcess.Element.VERIFY_IDENTITY, PrivacyRequestProcess.Element.MATCH_SUBJECT, PrivacyRequestProcess.Element.CHOOSE_DATA_SUBJECT, PrivacyRequestProcess.Element.REVIEW_GUARDIAN_REQUEST,
            PrivacyRequestProcess.Element.RECORD_SUBJECT_CHOICE, PrivacyRequestProcess.Element.SEND_NO_DATA_LETTER, PrivacyRequestProcess.Element.SEND_REFUSAL_LETTER, PrivacyRequestProcess.Element.DEADLINE_WATCH, PrivacyRequestProcess.Element.DECIDE_ON_DEADLINE,
            PrivacyRequestProcess.Element.EXTEND_DEADLINE, PrivacyRequestProcess.Element.REQUESTER_WROTE, PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE, PrivacyRequestProcess.Element.CLOSE_WITHDRAWN, PrivacyRequestProcess.Element.CLOSE_CASE);

    @Test
    void theFrontCallsTheRightNamedAtRegistrationFromItsOwnDeployment() {
        BpmnModelInstance front = model(RequestDoors.PROCESS_KEY);
        List<String> ids = front.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId).toList();
        assertThat(ids).containsAll(FRONT);
        CallActivity carryOut = front.getModelElementById(PrivacyRequestProcess.Element.CARRY_OUT_REQUEST);
        assertThat(carryOut.getCalledElement()).isEqualTo("${" + RequestDoors.RIGHT_PROCESS + "}");
        // parent and right are deployed together: a running front calls the right of its own version
        assertThat(carryOut.getCamundaCalledElementBinding()).isEqualTo("deployment");
        assertThat(front.getModelElementsByType(MessageEventDefinition.class).stream()
                .map(m -> m.getMessage().getName())).contains(RequestDoors.START_MESSAGE);
    }

    @Test
    void everyAutomatedRightHasASmallProcessThatOnlyTheFrontStarts() {
        for (PrivacyCase.Type type : PrivacyCase.Type.values()) {
            if (!RequestDoors.automated(type)) {
                continue;
            }
            String key = RequestDoors.rightProcess(type);
            BpmnModelInstance right = model(key);
            Process process = right.getModelElementById(key);
            assertThat(process).as(key + " is the process of its file").isNotNull();
            assertThat(process.isCamundaStartableInTasklist()).as(key + ": no second desk door").isFalse();
            List<StartEvent> starts = new ArrayList<>(right.getModelElementsByType(StartEvent.class));
            starts.removeIf(s -> !(s.getParentElement() instanceof Process));
            assertThat(starts).as(key + ": one plain start, called by the front").hasSize(1);
            assertThat(starts.get(0).getEventDefinitions()).as(key + ": no message door of its own").isEmpty();
            List<String> copied = right.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId)
                    .filter(FRONT::contains).toList();
            assertThat(copied).as(key + ": front elements copied into the right").isEmpty();
        }
    }

    @Test
    void theCopyRuleCatchesAFrontElementInARight() {
        // the access right as it was before issue 14 (a whole front of its own): the rule above must see the copies
        BpmnModelInstance legacy = Bpmn.readModelFromStream(getClass().getResourceAsStream(
                "/legacy-processes/subject-access-request.bpmn"));
        assertThat(legacy.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId)
                .filter(FRONT::contains)).hasSizeGreaterThan(10);
    }

    private static BpmnModelInstance model(String key) {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).map(f -> Bpmn.readModelFromFile(f.toFile()))
                    .filter(m -> m.getModelElementById(key) instanceof Process).findFirst()
                    .orElseThrow(() -> new AssertionError("no process " + key + " in processes/"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
