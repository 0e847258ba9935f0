package fi.tietovahti.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps variables named {@code sensitive*} out of the engine's history. A few forms must take personal data that
 * only the case tables may keep (the identity code read from a document at the service desk); the form submits
 * it as a variable, a service task moves it to the case tables and removes it in the same transaction, and this
 * filter sees to it that Cockpit's history never shows it. History stays "full" for everything else.
 */
@Component
class SensitiveVariables extends AbstractProcessEnginePlugin {

    static final String PREFIX = "sensitive";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // a mutable list: the engine adds handlers of its own to it
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(new Filtering(new DbHistoryEventHandler()))));
    }

    static final class Filtering implements HistoryEventHandler {
        private final HistoryEventHandler delegate;

        Filtering(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isSensitive(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private static boolean isSensitive(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                return variable.getVariableName() != null && variable.getVariableName().startsWith(PREFIX);
            }
            // a submitted form (Tasklist's submit-form) also records each field as a form property
            return event instanceof HistoricFormPropertyEventEntity property
                    && property.getPropertyId() != null && property.getPropertyId().startsWith(PREFIX);
        }
    }
}
