package fi.tietovahti.request;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendExtensionLetter: tells the requester the new deadline and the reasons (Art. 12(3)). */
@Component("sendExtensionLetter")
class SendExtensionLetterDelegate implements JavaDelegate {

    private final RequestLetters letters;

    SendExtensionLetterDelegate(RequestLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.extended(execution.getProcessBusinessKey());
    }
}
