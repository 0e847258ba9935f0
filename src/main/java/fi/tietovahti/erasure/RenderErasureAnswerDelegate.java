package fi.tietovahti.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RenderErasureAnswer: the answer letter (DOCX) stored with the case for the secure delivery. */
@Component("renderErasureAnswer")
class RenderErasureAnswerDelegate implements JavaDelegate {

    private final ErasureAnswers answers;

    RenderErasureAnswerDelegate(ErasureAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answers.render(execution.getProcessBusinessKey());
    }
}
