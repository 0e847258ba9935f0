package fi.tietovahti.request;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendAcknowledgement: tells the requester the request was received, with its case number. */
@Component("sendAcknowledgement")
class SendAcknowledgementDelegate implements JavaDelegate {

    private final RequestLetters letters;

    SendAcknowledgementDelegate(RequestLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.acknowledge(execution.getProcessBusinessKey());
    }
}
