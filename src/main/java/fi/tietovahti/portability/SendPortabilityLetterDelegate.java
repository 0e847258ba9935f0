package fi.tietovahti.portability;

import fi.tietovahti.access.AccessLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task SendPortabilityLetter: what the export holds and what it leaves out (data processed under law), in
 * the requester's language. No personal data: the export itself goes through the secure delivery.
 */
@Component("sendPortabilityLetter")
class SendPortabilityLetterDelegate implements JavaDelegate {

    private final AccessLetters letters;

    SendPortabilityLetterDelegate(AccessLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.letter(execution.getProcessBusinessKey(), "portability.answer", java.util.Map.of());
    }
}
