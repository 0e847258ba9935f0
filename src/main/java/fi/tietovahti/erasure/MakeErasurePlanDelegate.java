package fi.tietovahti.erasure;

import fi.tietovahti.registers.ErasureAction;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task MakeErasurePlan: the decision table's plan for the matched person, stored with the case. */
@Component("makeErasurePlan")
class MakeErasurePlanDelegate implements JavaDelegate {

    private final ErasureRequests requests;

    MakeErasurePlanDelegate(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<ErasureRequests.Decision> plan = requests.plan(execution.getProcessBusinessKey());
        List<ErasureRequests.Decision> held = plan.stream().filter(d -> d.recordsHeld() > 0).toList();
        execution.setVariable("categoriesWithData", held.size());
        execution.setVariable("categoriesToErase", held.stream().filter(d -> d.action() != ErasureAction.KEEP).count());
        execution.setVariable("categoriesToKeep", held.stream().filter(d -> d.action() == ErasureAction.KEEP).count());
    }
}
