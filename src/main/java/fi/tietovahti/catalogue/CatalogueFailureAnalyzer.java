package fi.tietovahti.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalogue into a start-up message that lists what to fix, instead of a stack trace. */
public class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueException> {

    @Override
    public FailureAnalysis analyze(Throwable rootFailure, CatalogueException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the processing catalogue (tietovahti.catalogue.location) so that it matches the registers "
                        + "and the privacy notice, then start again.", cause);
    }
}
