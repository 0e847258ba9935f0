package fi.tietovahti.tenancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Tenancy and eviction law's dates, from the legal file's sections and worked examples: when a notice of termination
 * ends the tenancy (AHVL §52), the bailiff's window for the moving day and the eviction's outer limit (Ulosottokaari
 * ch. 7 §4), when arrears suggest a rescission to a handler (§61(3): never automatic), and when Kela may pay the housing
 * allowance to the landlord (938/2014 §25(2)). The numbers are {@link TenancyLawProperties}.
 */
@Service
public class TenancyLaw {

    /** Who gives notice. */
    public enum Party { TENANT, LANDLORD }

    /** One month's rent and what was paid of it. */
    public record Month(YearMonth month, BigDecimal due, BigDecimal paid) {
        boolean whollyUnpaid() {
            return paid.signum() <= 0 && due.signum() > 0;
        }

        boolean partlyUnpaid() {
            return paid.compareTo(due) < 0;
        }
    }

    /** The days between which the bailiff sets the moving day. */
    public record Window(LocalDate earliest, LocalDate latest) {
    }

    private final TenancyLawProperties law;

    TenancyLaw(TenancyLawProperties law) {
        this.law = law;
    }

    /**
     * The day a notice of termination served on the day ends the tenancy: the period runs from the last day of the
     * month of service (§52(1)); the landlord's is the longer one when the tenancy had lasted the configured years
     * continuously before the notice (§52(2)).
     */
    public LocalDate terminationEnds(Party party, LocalDate served, LocalDate tenancyStart) {
        if (served.isBefore(tenancyStart)) {
            throw new IllegalArgumentException("a notice served before the tenancy began");
        }
        LocalDate periodStart = served.with(TemporalAdjusters.lastDayOfMonth());
        int months = party == Party.TENANT ? law.tenantNoticeMonths()
                : tenancyStart.plusYears(law.longTenancyYears()).isAfter(served) ? law.landlordNoticeShortMonths()
                : law.landlordNoticeLongMonths();
        return periodStart.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The bailiff's moving day lies between these, counted from the day the tenant received the moving notice. */
    public Window movingDay(LocalDate noticeReceived) {
        return new Window(noticeReceived.plusDays(law.movingDayEarliestDays()),
                noticeReceived.plusDays(law.movingDayLatestDays()));
    }

    /** The eviction is carried out by this day from the application (with the applicant's consent, later). */
    public LocalDate evictionBy(LocalDate applied, boolean applicantConsentsToPostpone) {
        return applied.plusMonths(applicantConsentsToPostpone ? law.evictionWithConsentMonths()
                : law.evictionWithinMonths());
    }

    /** Arrears of at least the configured months' rent: a handler is asked whether to rescind (never automatic). */
    public boolean rescissionToConsider(BigDecimal arrears, BigDecimal monthlyRent) {
        return monthlyRent.signum() > 0 && arrears.compareTo(monthlyRent.multiply(law.rescissionAdvisoryMonths())) >= 0;
    }

    /**
     * The first month for which the landlord may ask Kela to pay the allowance to it: after the configured number of
     * consecutive months of rent left unpaid, wholly, or (from 1.1.2023) partly. Empty while no such run exists.
     */
    public Optional<YearMonth> kelaMayPayLandlordFrom(List<Month> months) {
        int run = 0;
        YearMonth previous = null;
        for (Month m : months.stream().sorted(java.util.Comparator.comparing(Month::month)).toList()) {
            boolean counts = m.month().atDay(1).isBefore(law.kelaPartlyUnpaidCountsFrom()) ? m.whollyUnpaid()
                    : m.partlyUnpaid();
            boolean follows = previous != null && previous.plusMonths(1).equals(m.month());
            run = counts ? (follows ? run + 1 : 1) : 0;
            previous = m.month();
            if (run >= law.kelaUnpaidMonths()) {
                return Optional.of(m.month().plusMonths(1));
            }
        }
        return Optional.empty();
    }
}
