package fi.tietovahti.request;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendNoDataLetter: answers that no personal data of the requester is held. */
@Component("sendNoDataLetter")
class SendNoDataLetterDelegate implements JavaDelegate {

    private final RequestLetters letters;
    private final Clock clock;

    SendNoDataLetterDelegate(RequestLetters letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.noDataHeld(execution.getProcessBusinessKey());
        execution.setVariable("answeredAt", Date.from(clock.instant()));
    }
}
