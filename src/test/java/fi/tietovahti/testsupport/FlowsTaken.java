package fi.tietovahti.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The sequence flows each process instance took, recorded by the engine of the tests (history keeps the activities,
 * not the flows between them): a branch whose gateway leads to an activity reached some other way is only seen here.
 * Used by the tests that check that a model's every branch was walked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlowsTaken {

    private static final Map<String, Set<String>> BY_INSTANCE = new ConcurrentHashMap<>();

    /** The ids of the flows this instance took so far. */
    public static Set<String> of(String processInstanceId) {
        return BY_INSTANCE.getOrDefault(processInstanceId, Set.of());
    }

    @Bean
    AbstractProcessEnginePlugin flowsTakenPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                listeners.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
                        String id = transition.getId();
                        transition.addListener(ExecutionListener.EVENTNAME_TAKE,
                                (ExecutionListener) execution -> BY_INSTANCE.computeIfAbsent(
                                        execution.getProcessInstanceId(), k -> ConcurrentHashMap.newKeySet()).add(id));
                    }
                });
                configuration.setCustomPostBPMNParseListeners(listeners);
            }
        };
    }
}
