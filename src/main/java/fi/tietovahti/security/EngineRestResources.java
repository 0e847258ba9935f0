package fi.tietovahti.security;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API as Camunda configures it, with one change: a refusal raised inside the engine's work (a
 * task listener that says "only the DPO completes this", ADR 18) reaches the caller as 403. The engine wraps what a
 * listener throws in a plain ProcessEngineException, and some resources (submit-form) wrap that again in a
 * RestException: Camunda's REST answers both with 500.
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
        configuration.add(EngineRefusalsAre403.class);
        configuration.add(RestRefusalsAre403.class);
        registerClasses(configuration);
        register(org.glassfish.jersey.jackson.JacksonFeature.class);
    }

    /** The refusal a wrapped exception carries, if any. */
    static Optional<AuthorizationException> refusalIn(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** Camunda's ProcessEngineException handler, answering for a wrapped refusal as for a refusal. */
    public static class EngineRefusalsAre403 extends ProcessEngineExceptionHandler {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return super.toResponse(refusalIn(exception).<ProcessEngineException>map(r -> r).orElse(exception));
        }
    }

    /** Camunda's RestException handler, the same. */
    public static class RestRefusalsAre403 extends RestExceptionHandler {

        @Override
        public Response toResponse(RestException exception) {
            Optional<AuthorizationException> refusal = refusalIn(exception);
            return refusal.isPresent() ? ExceptionHandlerHelper.getInstance().getResponse(refusal.get())
                    : super.toResponse(exception);
        }
    }
}
