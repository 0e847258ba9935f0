package fi.tietovahti.objection;

import fi.tietovahti.platform.Authenticated;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task RecordObjection: the handler's balancing and decision, recorded and carried out. The balancing may
 * name people: it goes to the case tables, never to history. An incomplete decision fails the task's completion.
 */
@Component("recordObjection")
class RecordObjectionDelegate implements JavaDelegate {

    static final String BALANCING = "sensitiveBalancing";

    private final Objections objections;

    RecordObjectionDelegate(Objections objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object balancing = execution.getVariable(BALANCING);
        execution.removeVariable(BALANCING);
        Objections.Target target;
        try {
            target = Objections.Target.valueOf(String.valueOf(execution.getVariable("objectionTarget")));
        } catch (IllegalArgumentException e) {
            throw new Objections.InvalidDecision("say which processing the person objects to");
        }
        ObjectionDecision decision;
        try {
            decision = ObjectionDecision.valueOf(String.valueOf(execution.getVariable(ObjectionDecision.VARIABLE)));
        } catch (IllegalArgumentException e) {
            throw new Objections.InvalidDecision("uphold or refuse the objection");
        }
        boolean upheld = decision == ObjectionDecision.UPHELD;
        execution.setVariable("recordsChanged", objections.decide(execution.getProcessBusinessKey(), target, upheld,
                balancing == null ? null : balancing.toString(), Authenticated.userId(execution)));
        execution.setVariable("objectionUpheld", upheld);
    }
}
