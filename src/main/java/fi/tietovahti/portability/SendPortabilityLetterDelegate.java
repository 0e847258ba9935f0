package fi.tietovahti.portability;

import fi.tietovahti.request.RequestLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SendPortabilityLetter: what the export holds and what it leaves out (data processed under law), in
 * the requester's language. No personal data: the export itself goes through the secure delivery.
 */
@Component("sendPortabilityLetter")
class SendPortabilityLetterDelegate implements JavaDelegate {

    private final RequestLetters letters;

    SendPortabilityLetterDelegate(RequestLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.letter(execution.getProcessBusinessKey(), "portability.answer", java.util.Map.of());
    }
}
