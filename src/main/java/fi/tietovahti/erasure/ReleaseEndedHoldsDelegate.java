package fi.tietovahti.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task ReleaseEndedHolds (one per case of the sweep): erases what the case kept and may now let go. */
@Component("releaseEndedHolds")
class ReleaseEndedHoldsDelegate implements JavaDelegate {

    private final ErasureHolds holds;

    ReleaseEndedHoldsDelegate(ErasureHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.release(((Number) execution.getVariable(FindEndedHoldsDelegate.CASE_ID)).longValue());
    }
}
