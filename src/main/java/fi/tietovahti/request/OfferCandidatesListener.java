package fi.tietovahti.request;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * When a handler must choose the data subject (several people fit, or a guardian asks for a child), the task gets
 * the candidates as a task-local "sensitive*" variable: shown in the form, never in the engine's history, gone
 * with the task. The last option is always "none of these".
 */
@Component("offerCandidates")
class OfferCandidatesListener implements TaskListener {

    static final String OPTIONS = "sensitiveCandidateOptions";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final PrivacyRequests requests;

    OfferCandidatesListener(PrivacyRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean guardian = PrivacyRequests.MatchOutcome.of(task.getVariable(PrivacyRequests.MatchOutcome.VARIABLE))
                == PrivacyRequests.MatchOutcome.GUARDIAN;
        List<Map<String, String>> options = new ArrayList<>();
        for (PrivacyRequests.Candidate c : requests.candidates(task.getExecution().getProcessBusinessKey(),
                (Long) task.getVariable("identityVerificationId"))) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", c.name() + ", " + (c.birthDate() == null ? "?" : DAY.format(c.birthDate()))
                    + (c.formHint() == null ? "" : " (" + hint(c.formHint()) + ")"));
            option.put("value", Long.toString(c.personId()));
            options.add(option);
        }
        options.add(Map.of("label", guardian
                        ? "Ei kumpikaan: huoltajuutta ei voitu todeta / None: guardianship not established"
                        : "Ei kukaan näistä: tietoja ei ole / None of these: no data held",
                "value", "NONE"));
        task.setVariableLocal(OPTIONS, Spin.JSON(options));
    }

    private static String hint(PrivacyRequests.FormHint formHint) {
        return formHint == PrivacyRequests.FormHint.SAME_IDENTITY_CODE
                ? "lomakkeen henkilötunnus täsmää / same identity code as in the form"
                : "lomakkeen syntymäaika täsmää / same birth date as in the form";
    }
}
