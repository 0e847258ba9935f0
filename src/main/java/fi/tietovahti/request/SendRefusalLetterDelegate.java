package fi.tietovahti.request;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendRefusalLetter: a guardian's request the handler could not accept is answered with reasons. */
@Component("sendRefusalLetter")
class SendRefusalLetterDelegate implements JavaDelegate {

    private final RequestLetters letters;
    private final Clock clock;

    SendRefusalLetterDelegate(RequestLetters letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.guardianRequestRefused(execution.getProcessBusinessKey());
        execution.setVariable("answeredAt", Date.from(clock.instant()));
    }
}
