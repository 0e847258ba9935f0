package fi.tietovahti.disturbance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.collection.TestLeases;
import fi.tietovahti.processes.DisturbanceProcess;
import fi.tietovahti.request.RequestProcessTest;
import fi.tietovahti.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/**
 * disturbance end to end (issue 17): a complaint through Tasklist's start form (the complainant kept in the register,
 * never in history); no action, a remark, a written warning refused while it would name the complainant and counting
 * only once delivered; a prompt correction; continued conduct and the rescission that starts the eviction; rescission
 * without a warning only on the §62(3) bases.
 */
class DisturbanceIT extends RequestProcessTest {

    private static final List<String> COLLECTORS = List.of("collections");

    @Override
    protected List<String> processesWalked() {
        return List.of(DisturbanceProcess.KEY);
    }

    private static LocalDate today() {
        return TestClock.today();
    }

    private TestLeases.Lease lease() {
        return TestLeases.lease(jdbc, 60000, "fi", true);
    }

    /** A complaint through the start form as the collector; returns the process instance. */
    private String complain(TestLeases.Lease lease, String ground) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(DisturbanceProcess.KEY)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>(Map.of("contractNumber", lease.contractNumber(), "disturbanceGround", ground,
                "complainantKind", "RESIDENT", "sensitiveComplainantName", "Valtteri Valittaja",
                "sensitiveComplainantContact", "valtteri.valittaja@example.net",
                "complaintReceivedOn", today().toString(),
                "sensitiveComplaintDescription", "Kovaa musiikkia yöllä klo 2-4 useana yönä."));
        identityService.setAuthentication("collector", COLLECTORS);
        try {
            String pi = forms.submitStartForm(definition, form).getId();
            driver.runJobs(pi);
            return pi;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void complete(String pi, String task, Map<String, Object> form) {
        driver.complete(pi, task, "collector", COLLECTORS, form);
    }

    private void refused(String pi, String task, Map<String, Object> form, String reason) {
        assertThatThrownBy(() -> driver.submit(pi, task, "collector", COLLECTORS, form)).hasMessageContaining(reason);
    }

    private String reference(String pi) {
        return (String) driver.historicVariable(pi, "caseReference");
    }

    private void warn(String pi) {
        complete(pi, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "WARNING",
                "sensitiveConduct", "Kovaa musiikkia huoneistossa 3.11. ja 5.11. klo 2-4 yöllä."));
        complete(pi, DisturbanceProcess.Element.RECORD_WARNING_DELIVERY, Map.of("warningDeliveredHow",
                "REGISTERED_LETTER", "warningDeliveredOn", today().toString()));
    }

    @Test
    void aComplaintLeadsToNothingOrARemarkAndTheComplainantStaysInTheRegister() {
        TestLeases.Lease lease = lease();
        String pi = complain(lease, "DISTURBANCE");
        String file = reference(pi);
        assertThat(file).startsWith("HH-");
        assertThat(jdbc.queryForObject("select complainant_name from tietovahti.disturbance_complaint c join "
                + "tietovahti.disturbance_case d on d.id = c.case_id where d.reference = ?", String.class, file))
                .isEqualTo("Valtteri Valittaja");
        assertThat(runtime.getVariables(pi).keySet()).noneMatch(k -> k.startsWith("sensitive"));
        complete(pi, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "NO_ACTION"));
        assertThat(driver.passed(pi, DisturbanceProcess.Element.NO_ACTION)).isEqualTo(1);

        String second = complain(lease, "DISTURBANCE");
        assertThat(reference(second)).as("the same file").isEqualTo(file);
        refused(second, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "REMARK"),
                "how the remark was given");
        complete(second, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "REMARK",
                "remarkHow", "IN_PERSON"));
        assertThat(driver.passed(second, DisturbanceProcess.Element.REMARK_GIVEN)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.disturbance_sanction s join "
                + "tietovahti.disturbance_case d on d.id = s.case_id where d.reference = ? and s.kind = 'REMARK'",
                Integer.class, file)).isEqualTo(1);
    }

    @Test
    void aWarningNamesNoComplainantCountsWhenDeliveredAndContinuedConductStartsTheEviction() throws Exception {
        TestLeases.Lease lease = lease();
        String pi = complain(lease, "DISTURBANCE");
        refused(pi, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "WARNING",
                "sensitiveConduct", "Naapurinne Valittaja kertoi kovasta musiikista 3.11."), "name a complainant");
        complete(pi, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome", "WARNING",
                "sensitiveConduct", "Kovaa musiikkia huoneistossa 3.11. ja 5.11. klo 2-4 yöllä."));
        refused(pi, DisturbanceProcess.Element.RECORD_WARNING_DELIVERY, Map.of("warningDeliveredHow",
                "REGISTERED_LETTER", "warningDeliveredOn", today().plusDays(2).toString()), "future");
        complete(pi, DisturbanceProcess.Element.RECORD_WARNING_DELIVERY, Map.of("warningDeliveredHow",
                "REGISTERED_LETTER", "warningDeliveredOn", today().toString()));
        Map<String, Object> warning = jdbc.queryForMap("select s.* from tietovahti.disturbance_sanction s join "
                + "tietovahti.disturbance_case d on d.id = s.case_id where d.reference = ? and s.kind = 'WARNING'",
                reference(pi));
        assertThat(warning.get("delivered_on")).isEqualTo(Date.valueOf(today()));
        String text = org.docx4j.XmlUtils.marshaltoString(WordprocessingMLPackage.load(new ByteArrayInputStream(
                (byte[]) warning.get("letter"))).getMainDocumentPart().getJaxbElement(), true, true)
                .replaceAll("<[^>]+>", " ");
        assertThat(text).contains("Kirjallinen varoitus", lease.contractNumber(), "häiritsevä elämä", "3.11.")
                .doesNotContain("Valittaja", "valtteri");

        complete(pi, DisturbanceProcess.Element.FOLLOW_UP_AFTER_WARNING, Map.of("followUpOutcome", "CONTINUED",
                "followUpOn", today().toString()));
        complete(pi, DisturbanceProcess.Element.DECIDE_RESCISSION_FOR_CONDUCT, Map.of("rescissionDecision", "RESCIND"));
        assertThat(driver.passed(pi, DisturbanceProcess.Element.EVICTION_STARTED)).isEqualTo(1);
        Map<String, Object> eviction = jdbc.queryForMap("select * from tietovahti.eviction_case where tenancy_id = ?",
                lease.tenancyId());
        assertThat(eviction.get("ground")).isEqualTo("DISTURBANCE");
        String notice = jdbc.queryForObject("select reference from tietovahti.eviction_case where tenancy_id = ?",
                String.class, lease.tenancyId());
        String evictionPi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(notice).singleResult()
                .getId();
        driver.runJobs(evictionPi);
        String noticeText = org.docx4j.XmlUtils.marshaltoString(WordprocessingMLPackage.load(new ByteArrayInputStream(
                jdbc.queryForObject("select notice_content from tietovahti.eviction_case where reference = ?",
                        byte[].class, notice))).getMainDocumentPart().getJaxbElement(), true, true)
                .replaceAll("<[^>]+>", " ");
        assertThat(noticeText).contains("61 §:n 1 momentin 4 kohta").doesNotContain("Valittaja", "Maksamatta");
    }

    @Test
    void aPromptCorrectionEndsItButARepeatNeedsNoNewWarningAndTheExceptionsAreNarrow() {
        TestLeases.Lease lease = lease();
        String pi = complain(lease, "DISTURBANCE");
        warn(pi);
        complete(pi, DisturbanceProcess.Element.FOLLOW_UP_AFTER_WARNING, Map.of("followUpOutcome", "CORRECTED",
                "followUpOn", today().toString()));
        assertThat(driver.passed(pi, DisturbanceProcess.Element.CORRECTED)).isEqualTo(1);

        String again = complain(lease, "DISTURBANCE");
        complete(again, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome",
                "RESCIND_WITHOUT_WARNING", "exceptionBasis", "REPEATED_AFTER_WARNING", "sensitiveExceptionReasons",
                "Sama häiriö toistui varoituksen jälkeen 20.11."));
        assertThat(driver.passed(again, DisturbanceProcess.Element.EVICTION_STARTED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select rescission_basis from tietovahti.disturbance_case where reference = ?",
                String.class, reference(again))).isEqualTo("REPEATED_AFTER_WARNING");

        TestLeases.Lease careless = lease();
        String poor = complain(careless, "POOR_CARE");
        refused(poor, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome",
                "RESCIND_WITHOUT_WARNING", "exceptionBasis", "VERY_REPREHENSIBLE", "sensitiveExceptionReasons", "x"),
                "only for disturbance and the order rules");
        refused(poor, DisturbanceProcess.Element.INVESTIGATE_COMPLAINT, Map.of("investigationOutcome",
                "RESCIND_WITHOUT_WARNING", "exceptionBasis", "REPEATED_AFTER_WARNING", "sensitiveExceptionReasons", "x"),
                "No earlier warning");
        warn(poor);
        complete(poor, DisturbanceProcess.Element.FOLLOW_UP_AFTER_WARNING, Map.of("followUpOutcome", "CONTINUED",
                "followUpOn", today().toString()));
        complete(poor, DisturbanceProcess.Element.DECIDE_RESCISSION_FOR_CONDUCT, Map.of("rescissionDecision",
                "DO_NOT_RESCIND"));
        assertThat(driver.passed(poor, DisturbanceProcess.Element.NOT_RESCINDED)).isEqualTo(1);
    }
}
