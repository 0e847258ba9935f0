package fi.tietovahti.intake;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The DPO's request vocabulary in the health endpoint ("requestVocabulary"): DOWN while the file in use was changed
 * into one that cannot be read. The intake goes on with the last good vocabulary, so nothing else would show that the
 * DPO's change is not in force.
 */
@Component("requestVocabulary")
class RequestVocabularyHealth implements HealthIndicator {

    private final RequestClassifier classifier;

    RequestVocabularyHealth(RequestClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Health health() {
        String problem = classifier.vocabularyProblem();
        return problem == null ? Health.up().build()
                : Health.down().withDetail("reason", "the changed vocabulary is not in use: " + problem).build();
    }
}
