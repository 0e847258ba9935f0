package fi.tietovahti.access;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendNoDataLetter: answers that no personal data of the requester is held. */
@Component("sendNoDataLetter")
class SendNoDataLetterDelegate implements JavaDelegate {

    private final AccessLetters letters;

    SendNoDataLetterDelegate(AccessLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.noDataHeld(execution.getProcessBusinessKey());
        execution.setVariable("answeredAt", new Date());
    }
}
