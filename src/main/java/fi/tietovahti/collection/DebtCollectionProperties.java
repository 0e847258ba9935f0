package fi.tietovahti.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Debt Collection Act's numbers for consumer debts (tietovahti.collection.law, ../shared/legal/
 * tenancy-and-collection.md §1): every euro amount, day count and rate with the day it took effect, so that a change
 * in the law is a new entry, not a release, and a step is judged by the rules of its own day.
 *
 * @param schedules      the caps and time limits, each from its day (DCA 513/1999 as amended by 31/2013, 412/2018,
 *                       299/2022)
 * @param referenceRates the reference rate per half-year (Korkolaki 633/1982 §12, Bank of Finland notices)
 */
@ConfigurationProperties("tietovahti.collection.law")
public record DebtCollectionProperties(List<Schedule> schedules, List<ReferenceRate> referenceRates) {

    public DebtCollectionProperties {
        if (schedules == null || schedules.isEmpty()) {
            throw new IllegalStateException("tietovahti.collection.law.schedules is empty: the Debt Collection Act's "
                    + "caps and time limits must be configured");
        }
        if (referenceRates == null || referenceRates.isEmpty()) {
            throw new IllegalStateException("tietovahti.collection.law.reference-rates is empty: late interest "
                    + "cannot be computed");
        }
        schedules = schedules.stream().sorted(Comparator.comparing(Schedule::from)).toList();
        referenceRates = referenceRates.stream().sorted(Comparator.comparing(ReferenceRate::from)).toList();
    }

    /**
     * @param from                 the day these rules took effect
     * @param reminderFee          a written reminder's fee cap (§10 a(1)(1))
     * @param reminderAfterDueDays days from the due date before a reminder may carry a fee (§10 b(1))
     * @param reminderSafetyDays   days added to that (never too early; 1 by default: the lawyer's question Q2)
     * @param stepGapDays          days between a reminder or demand and the next fee-bearing one (§10 b(2), §5(1))
     * @param demandCaps           an agency demand's cap by principal band (§10 a(1)(2))
     * @param newDemandShare       a new demand on the same claim: this share of the cap (§10 a(1)(4))
     * @param maxDemands           fee-bearing demands per claim (§10 c)
     * @param planCaps             a payment plan's cap by principal band, for more than {@code planFewInstalments}
     *                             instalments (§10 a(1)(7))
     * @param planFewInstalments   up to this many instalments the plan's cap is {@code planSmallCap}
     * @param planSmallCap         the cap for a small claim or few instalments
     * @param maxPlansSmall        fee-bearing plans when the principal is in the first band (§10 c)
     * @param maxPlans             fee-bearing plans otherwise
     * @param totalCaps            the total cost liability by principal band (§10 d)
     * @param lateInterestMargin   percentage points over the reference rate (Korkolaki §4(1))
     */
    public record Schedule(LocalDate from, BigDecimal reminderFee, int reminderAfterDueDays, int reminderSafetyDays,
                           int stepGapDays, List<Band> demandCaps, BigDecimal newDemandShare, int maxDemands,
                           List<Band> planCaps, int planFewInstalments, BigDecimal planSmallCap, int maxPlansSmall,
                           int maxPlans, List<Band> totalCaps, BigDecimal lateInterestMargin) {
    }

    /** A cap for principals up to {@code upTo} (null: no upper limit), bands in rising order. */
    public record Band(BigDecimal upTo, BigDecimal cap) {
    }

    /** The reference rate in percent from the day (1 January or 1 July) for the half-year. */
    public record ReferenceRate(LocalDate from, BigDecimal rate) {
    }
}
