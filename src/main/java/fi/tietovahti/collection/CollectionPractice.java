package fi.tietovahti.collection;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The landlord's own collection practice (tietovahti.collection.practice), within what the law allows
 * ({@link DebtCollectionProperties}): how many reminders before the hand-over, how long each letter gives to pay, from
 * what principal a debt goes to the collection partner, and the partner's API.
 *
 * @param reminders            fee-bearing reminders the landlord sends before the hand-over (the act does not count
 *                             reminders, §10 c; more than two is doubtful practice: the legal file's Q3)
 * @param payByDays            days a letter gives to pay; the next step comes after it
 * @param handoverMinPrincipal below this the debt is not handed over: a handler decides
 * @param planGraceDays        days after an instalment's due date before the plan counts as missed
 * @param postponeDays         a handler's "not yet": the case rests this many days
 * @param runCycle             the daily run's six-field cron (TIETOVAHTI_RENT_COLLECTION_RUN)
 * @param partner              the collection partner's API
 */
@ConfigurationProperties("tietovahti.collection.practice")
public record CollectionPractice(int reminders, int payByDays, BigDecimal handoverMinPrincipal, int planGraceDays,
                                 int postponeDays, String runCycle, Partner partner) {

    public CollectionPractice {
        if (reminders < 1) {
            throw new IllegalStateException("tietovahti.collection.practice.reminders must be at least 1: no "
                    + "agency demand may be sent before the debtor was reminded (DCA §5(1))");
        }
        if (payByDays < 1 || planGraceDays < 0 || postponeDays < 1) {
            throw new IllegalStateException("tietovahti.collection.practice: pay-by-days and postpone-days must be "
                    + "positive, plan-grace-days not negative");
        }
        if (runCycle == null || !org.springframework.scheduling.support.CronExpression.isValidExpression(runCycle)) {
            throw new IllegalStateException("tietovahti.collection.practice.run-cycle (TIETOVAHTI_RENT_COLLECTION_RUN) "
                    + "is not a six-field cron expression such as '0 0 6 * * *': " + runCycle);
        }
    }

    /**
     * @param baseUrl the partner's API (the simulator in the local run and the tests)
     * @param apiKey  the key the partner gave us (TIETOVAHTI_COLLECTION_PARTNER_KEY), sent as a bearer token
     * @param timeout connect and read timeout
     */
    public record Partner(URI baseUrl, String apiKey, Duration timeout) {
    }
}
