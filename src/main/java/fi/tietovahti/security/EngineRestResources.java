package fi.tietovahti.security;

import fi.tietovahti.platform.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API as Camunda configures it, with one change: a refusal raised inside the engine's work reaches
 * the caller as what it is. A task listener that says "only the DPO completes this" (ADR 18) is a 403; one that
 * refuses what a form sent ("servedOn: '5/11/2026' is not a date (d.M.yyyy)", "choose which request to start": our
 * listeners throw IllegalArgumentException for bad input) or a step the case does not allow ({@link Refusal}) is a
 * 400 with that message. The engine wraps what a listener throws in a plain ProcessEngineException, and some resources
 * (submit-form) wrap that again in a RestException: Camunda's REST answers both with 500, as if the server had failed.
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
        if (!configuration.remove(ProcessEngineExceptionHandler.class) || !configuration.remove(RestExceptionHandler.class)) {
            throw new IllegalStateException("Camunda's REST configuration changed its exception handlers: revisit "
                    + "EngineRestResources");
        }
        configuration.add(EngineRefusalsAsTheyAre.class);
        configuration.add(RestRefusalsAsTheyAre.class);
        registerClasses(configuration);
        register(org.glassfish.jersey.jackson.JacksonFeature.class);
    }

    /** The refusal a wrapped exception carries, if any: a refused right, or refused input as a bad request. */
    static Optional<ProcessEngineException> refusalIn(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException refusal) {
                return Optional.of(refusal);
            }
            if (cause instanceof IllegalArgumentException || cause instanceof Refusal) {
                return Optional.of(new BadUserRequestException(cause.getMessage(), cause));
            }
        }
        return Optional.empty();
    }

    /** Camunda's ProcessEngineException handler, answering for a wrapped refusal as for the refusal itself. */
    public static class EngineRefusalsAsTheyAre extends ProcessEngineExceptionHandler {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return super.toResponse(refusalIn(exception).orElse(exception));
        }
    }

    /** Camunda's RestException handler, the same. */
    public static class RestRefusalsAsTheyAre extends RestExceptionHandler {

        @Override
        public Response toResponse(RestException exception) {
            Optional<ProcessEngineException> refusal = refusalIn(exception);
            return refusal.isPresent() ? ExceptionHandlerHelper.getInstance().getResponse(refusal.get())
                    : super.toResponse(exception);
        }
    }
}
