package fi.tietovahti.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every number of legal time, in one place (tietovahti.deadline.* in application.yml).
 *
 * @param midsummerEveWorking   Midsummer Eve is a de facto day off: a deadline falling on it moves on unless true
 * @param christmasEveWorking   likewise Christmas Eve
 * @param responseMonths        GDPR Art. 12(3): one month from receipt
 * @param maxExtensionMonths    Art. 12(3): extendable by two further months
 * @param internalTargetDays    the landlord's own promise: data delivered within 30 days of receipt
 * @param atRiskBefore          how long before the legal deadline the DPO is alerted
 * @param identityPausesClock   whether the days spent verifying identity are added to the deadline (default off:
 *                              only justified when the request for identification left without undue delay)
 * @param breachNotification    Art. 33: the supervisory authority is notified within 72 hours, counted in hours
 */
@Validated
@ConfigurationProperties("tietovahti.deadline")
public record DeadlineProperties(boolean midsummerEveWorking, boolean christmasEveWorking,
                                 @Min(1) @Max(1) int responseMonths, @Min(0) @Max(2) int maxExtensionMonths,
                                 @Min(1) int internalTargetDays, @NotNull Period atRiskBefore,
                                 boolean identityPausesClock, @NotNull Duration breachNotification) {
}
