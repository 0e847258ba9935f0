package fi.tietovahti.access;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendRefusalLetter: a guardian's request the handler could not accept is answered with reasons. */
@Component("sendRefusalLetter")
class SendRefusalLetterDelegate implements JavaDelegate {

    private final AccessLetters letters;

    SendRefusalLetterDelegate(AccessLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.guardianRequestRefused(execution.getProcessBusinessKey());
        execution.setVariable("answeredAt", new Date());
    }
}
