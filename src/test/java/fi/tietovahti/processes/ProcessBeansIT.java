package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every bean a model in processes/ names exists in the running application, is of the kind its place needs (a
 * service task's {@link JavaDelegate}, a task listener's {@link TaskListener}, an execution listener's
 * {@link ExecutionListener}) and is named after what it does: bean {@code offerCandidates} is the class
 * {@code OfferCandidatesListener}, bean {@code matchSubject} the class {@code MatchSubjectDelegate}. A bean a timer
 * reads ({@code ${holdSweepSchedule.cycle}}) exists too. A model that names a bean nobody wrote fails here, not on the
 * first case that reaches the task.
 */
@TietovahtiTest
class ProcessBeansIT {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{([a-zA-Z][a-zA-Z0-9]*)}$");
    private static final Pattern ROOT = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\.");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanAModelNamesExistsFitsItsPlaceAndIsNamedAfterWhatItDoes() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : ProcessModelRulesTest.bpmnFiles().toList()) {
            problems.addAll(problems(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesAMissingBeanAWrongKindAndAMisnamedListener() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("bean-check").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("NoSuchTask").camundaDelegateExpression("${noSuchTask}")
                .userTask("Review").camundaTaskListenerDelegateExpression("complete", "${matchSubject}")
                .userTask("Approve").camundaTaskListenerDelegateExpression("complete", "${holdSweepSchedule}")
                .endEvent().done();
        assertThat(problems("bean-check", model)).hasSize(3)
                .anyMatch(p -> p.contains("noSuchTask") && p.contains("no such bean"))
                .anyMatch(p -> p.contains("matchSubject") && p.contains("TaskListener"))
                .anyMatch(p -> p.contains("holdSweepSchedule") && p.contains("TaskListener"));
    }

    private List<String> problems(String file, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            check(problems, file, task.getCamundaDelegateExpression(), JavaDelegate.class, "Delegate");
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            check(problems, file, listener.getCamundaDelegateExpression(), TaskListener.class, "Listener");
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            check(problems, file, listener.getCamundaDelegateExpression(), ExecutionListener.class, "Listener");
        }
        List<String> timers = new ArrayList<>();
        model.getModelElementsByType(TimeCycle.class).forEach(t -> timers.add(t.getTextContent()));
        model.getModelElementsByType(TimeDate.class).forEach(t -> timers.add(t.getTextContent()));
        model.getModelElementsByType(TimeDuration.class).forEach(t -> timers.add(t.getTextContent()));
        for (String timer : timers) {
            Matcher m = ROOT.matcher(timer == null ? "" : timer);
            while (m.find()) {
                // a timer reads a setting from a bean, or a process variable (the case's deadline): only names
                // that are no variable of ours are beans
                String root = m.group(1);
                if (!root.equals("execution") && !context.containsBean(root)) {
                    problems.add(file + ": timer " + timer + " reads " + root + ", no such bean");
                }
            }
        }
        return problems;
    }

    private void check(List<String> problems, String file, String expression, Class<?> kind, String suffix) {
        if (expression == null) {
            return;
        }
        Matcher m = BEAN.matcher(expression.strip());
        if (!m.matches()) {
            problems.add(file + ": " + expression + " is not one bean");
            return;
        }
        String name = m.group(1);
        if (!context.containsBean(name)) {
            problems.add(file + ": " + name + ", no such bean");
            return;
        }
        Class<?> type = AopUtils.getTargetClass(context.getBean(name));
        if (!kind.isAssignableFrom(type)) {
            problems.add(file + ": " + name + " is a " + type.getSimpleName() + ", not a " + kind.getSimpleName());
            return;
        }
        String expected = Character.toUpperCase(name.charAt(0)) + name.substring(1) + suffix;
        if (!type.getSimpleName().equals(expected)) {
            problems.add(file + ": bean " + name + " is the class " + type.getSimpleName() + ", expected " + expected);
        }
    }
}
