package fi.tietovahti.tenancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tenancy and eviction law's periods (tietovahti.tenancy.law; ../shared/legal/tenancy-and-collection.md §§2-4).
 *
 * @param tenantNoticeMonths          the tenant's notice period (AHVL 481/1995 §52(3))
 * @param landlordNoticeShortMonths   the landlord's, when the tenancy lasted less than {@code longTenancyYears} (§52(2))
 * @param landlordNoticeLongMonths    the landlord's otherwise (§52(2))
 * @param longTenancyYears            how long a tenancy must have lasted for the longer period
 * @param movingDayEarliestDays       the bailiff's moving day at the earliest, after the moving notice was received
 *                                    (Ulosottokaari 705/2007 ch. 7 §4(1))
 * @param movingDayLatestDays         and at the latest
 * @param evictionWithinMonths        the eviction carried out within this from the application (ch. 7 §4(1))
 * @param evictionWithConsentMonths   or within this with the applicant's consent
 * @param rescissionAdvisoryMonths    arrears of this many months' rent flag a possible rescission for a handler
 *                                    (no statutory threshold; §61(3) forbids it for a minor breach)
 * @param kelaUnpaidMonths            consecutive months of unpaid rent after which Kela may pay the allowance to the
 *                                    landlord (938/2014 §25(2))
 * @param kelaPartlyUnpaidCountsFrom  from this day a partly unpaid month counts too (1151/2022)
 */
@ConfigurationProperties("tietovahti.tenancy.law")
public record TenancyLawProperties(int tenantNoticeMonths, int landlordNoticeShortMonths, int landlordNoticeLongMonths,
                                   int longTenancyYears, int movingDayEarliestDays, int movingDayLatestDays,
                                   int evictionWithinMonths, int evictionWithConsentMonths,
                                   BigDecimal rescissionAdvisoryMonths, int kelaUnpaidMonths,
                                   LocalDate kelaPartlyUnpaidCountsFrom) {

    public TenancyLawProperties {
        if (tenantNoticeMonths < 1 || landlordNoticeShortMonths < 1 || landlordNoticeLongMonths < 1
                || movingDayEarliestDays < 1 || movingDayLatestDays < movingDayEarliestDays
                || evictionWithinMonths < 1 || kelaUnpaidMonths < 1 || rescissionAdvisoryMonths == null
                || kelaPartlyUnpaidCountsFrom == null) {
            throw new IllegalStateException("tietovahti.tenancy.law is incomplete or inconsistent: every period must "
                    + "be configured (application.yml lists them with their sections)");
        }
    }
}
