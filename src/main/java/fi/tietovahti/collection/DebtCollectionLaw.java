package fi.tietovahti.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The Debt Collection Act (513/1999) for a consumer's rent arrears, as the legal file reads it: when a reminder may
 * carry its fee, when an agency demand may be sent at all and what it may cost, a payment plan's fee, the total cost
 * cap, and late interest at the reference rate plus 7 points. The numbers come from {@link DebtCollectionProperties},
 * the rules of the step's own day. Every answer says why, so a letter the law does not allow never goes out.
 */
@Service
public class DebtCollectionLaw {

    /** A fee-bearing or free step already taken on the claim. */
    public enum Kind { REMINDER, DEMAND, PAYMENT_PLAN }

    public record Step(Kind kind, LocalDate sentOn, BigDecimal fee) {
    }

    /** Whether the step may be taken on the day, and the fee it may carry (zero when none), with the reason. */
    public record Decision(boolean allowed, BigDecimal fee, String reason) {
        static Decision refused(String reason) {
            return new Decision(false, BigDecimal.ZERO.setScale(2), reason);
        }
    }

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DebtCollectionProperties properties;

    DebtCollectionLaw(DebtCollectionProperties properties) {
        this.properties = properties;
    }

    /** The rules in force on the day. */
    DebtCollectionProperties.Schedule on(LocalDate day) {
        DebtCollectionProperties.Schedule found = null;
        for (DebtCollectionProperties.Schedule s : properties.schedules()) {
            if (!s.from().isAfter(day)) {
                found = s;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no collection rules configured for " + day);
        }
        return found;
    }

    /** The first day a reminder for this due date may carry its fee (§10 b(1), with the safety days). */
    public LocalDate earliestChargeableReminder(LocalDate dueDate) {
        DebtCollectionProperties.Schedule s = on(dueDate);
        return dueDate.plusDays(s.reminderAfterDueDays() + s.reminderSafetyDays());
    }

    /**
     * A reminder sent on the day. Always allowed (a reminder without a fee may go at any time after the due date);
     * the fee only from the earliest chargeable day and 14 days after the previous letter, within the total cap.
     */
    public Decision reminder(BigDecimal principal, LocalDate dueDate, LocalDate sendOn, List<Step> earlier) {
        if (!sendOn.isAfter(dueDate)) {
            return Decision.refused("a reminder before the due date has passed reminds of nothing");
        }
        DebtCollectionProperties.Schedule s = on(sendOn);
        if (sendOn.isBefore(earliestChargeableReminder(dueDate))) {
            return new Decision(true, zero(), "no fee: a reminder may carry a fee from "
                    + earliestChargeableReminder(dueDate) + " (DCA §10 b(1))");
        }
        LocalDate last = lastLetter(earlier);
        if (last != null && ChronoUnit.DAYS.between(last, sendOn) < s.stepGapDays()) {
            return new Decision(true, zero(), "no fee: less than " + s.stepGapDays()
                    + " days since the previous letter of " + last + " (DCA §10 b(2))");
        }
        return capped(principal, s.reminderFee(), earlier, sendOn, "reminder fee (DCA §10 a(1)(1))");
    }

    /**
     * An agency's payment demand sent on the day: not at all before a reminder after the due date and 14 days since
     * it (§5(1)); the cap by principal band, a new demand at half, no fee after the last fee-bearing demand (§10 c).
     */
    public Decision demand(BigDecimal principal, LocalDate sendOn, List<Step> earlier) {
        DebtCollectionProperties.Schedule s = on(sendOn);
        LocalDate reminder = earlier.stream().filter(e -> e.kind() == Kind.REMINDER).map(Step::sentOn)
                .max(LocalDate::compareTo).orElse(null);
        if (reminder == null) {
            return Decision.refused("no demand before the debtor has been reminded after the due date (DCA §5(1))");
        }
        if (ChronoUnit.DAYS.between(reminder, sendOn) < s.stepGapDays()) {
            return Decision.refused("no demand before " + reminder.plusDays(s.stepGapDays()) + ": "
                    + s.stepGapDays() + " days after the reminder of " + reminder + " (DCA §5(1))");
        }
        LocalDate last = lastLetter(earlier);
        if (last != null && ChronoUnit.DAYS.between(last, sendOn) < s.stepGapDays()) {
            return new Decision(true, zero(), "no fee: less than " + s.stepGapDays()
                    + " days since the previous letter of " + last + " (DCA §10 b(2))");
        }
        long demands = earlier.stream().filter(e -> e.kind() == Kind.DEMAND && e.fee().signum() > 0).count();
        if (demands >= s.maxDemands()) {
            return new Decision(true, zero(), "no fee: " + s.maxDemands()
                    + " fee-bearing demands were sent already (DCA §10 c)");
        }
        BigDecimal cap = band(s.demandCaps(), principal);
        if (demands > 0) {
            cap = cap.multiply(s.newDemandShare()).setScale(2, RoundingMode.DOWN);
        }
        return capped(principal, cap, earlier, sendOn, demands == 0 ? "demand fee (DCA §10 a(1)(2))"
                : "a new demand at half the cap (DCA §10 a(1)(4))");
    }

    /** A written payment plan over the whole remaining debt: its fee cap and how many may carry one (§10 a(1)(7), §10 c). */
    public Decision paymentPlan(BigDecimal principal, int instalments, LocalDate agreedOn, List<Step> earlier) {
        if (instalments < 1) {
            return Decision.refused("a payment plan has at least one instalment");
        }
        DebtCollectionProperties.Schedule s = on(agreedOn);
        boolean small = principal.compareTo(s.planCaps().get(0).upTo()) <= 0;
        long plans = earlier.stream().filter(e -> e.kind() == Kind.PAYMENT_PLAN && e.fee().signum() > 0).count();
        int max = small ? s.maxPlansSmall() : s.maxPlans();
        if (plans >= max) {
            return new Decision(true, zero(), "no fee: " + max + " fee-bearing payment plan(s) already (DCA §10 c)");
        }
        BigDecimal cap = small || instalments <= s.planFewInstalments() ? s.planSmallCap() : band(s.planCaps(), principal);
        return capped(principal, cap, earlier, agreedOn, "payment plan fee (DCA §10 a(1)(7))");
    }

    /** The total cost liability for the claim (§10 d). */
    public BigDecimal totalCap(BigDecimal principal, LocalDate on) {
        return band(on(on).totalCaps(), principal);
    }

    /**
     * Late interest on the amount from the day after the due date to {@code until} inclusive, at the reference rate of
     * each half-year plus the margin (Korkolaki §4(1), §12), actual/365, rounded to the cent at the end.
     */
    public BigDecimal lateInterest(BigDecimal amount, LocalDate dueDate, LocalDate until) {
        BigDecimal total = BigDecimal.ZERO;
        LocalDate day = dueDate.plusDays(1);
        while (!day.isAfter(until)) {
            LocalDate halfYearEnd = day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 6, 30)
                    : LocalDate.of(day.getYear(), 12, 31);
            LocalDate segmentEnd = halfYearEnd.isBefore(until) ? halfYearEnd : until;
            long days = ChronoUnit.DAYS.between(day, segmentEnd) + 1;
            BigDecimal rate = referenceRate(day).add(on(day).lateInterestMargin());
            total = total.add(amount.multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(DAYS_IN_YEAR), 10, RoundingMode.HALF_UP));
            day = segmentEnd.plusDays(1);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** How a payment was applied, and what was left over (an overpayment: a handler's, never kept silently). */
    public record Applied(BigDecimal toInterest, BigDecimal toPrincipal, BigDecimal toCosts, BigDecimal leftOver) {
    }

    /**
     * A payment on a consumer's claim: to late interest first, then the principal, the collection costs only after the
     * claim and its interest are paid (DCA §11 a). A payment that is not positive is refused.
     */
    public Applied apply(BigDecimal payment, BigDecimal interestDue, BigDecimal principalDue, BigDecimal costsDue) {
        if (payment.signum() <= 0) {
            throw new IllegalArgumentException("a payment is a positive amount: " + payment);
        }
        BigDecimal left = payment;
        BigDecimal toInterest = left.min(interestDue.max(BigDecimal.ZERO));
        left = left.subtract(toInterest);
        BigDecimal toPrincipal = left.min(principalDue.max(BigDecimal.ZERO));
        left = left.subtract(toPrincipal);
        BigDecimal toCosts = left.min(costsDue.max(BigDecimal.ZERO));
        left = left.subtract(toCosts);
        return new Applied(toInterest.setScale(2), toPrincipal.setScale(2), toCosts.setScale(2), left.setScale(2));
    }

    /** The reference rate of the half-year the day is in. */
    public BigDecimal referenceRate(LocalDate day) {
        DebtCollectionProperties.ReferenceRate found = null;
        for (DebtCollectionProperties.ReferenceRate r : properties.referenceRates()) {
            if (!r.from().isAfter(day)) {
                found = r;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no reference rate configured for " + day);
        }
        return found.rate();
    }

    private Decision capped(BigDecimal principal, BigDecimal fee, List<Step> earlier, LocalDate on, String what) {
        BigDecimal spent = earlier.stream().map(Step::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal room = totalCap(principal, on).subtract(spent).max(BigDecimal.ZERO);
        if (fee.compareTo(room) > 0) {
            return new Decision(true, room.setScale(2), what + ", trimmed to the total cost cap of "
                    + totalCap(principal, on) + " (DCA §10 d)");
        }
        return new Decision(true, fee.setScale(2), what);
    }

    private static LocalDate lastLetter(List<Step> earlier) {
        return earlier.stream().filter(e -> e.kind() != Kind.PAYMENT_PLAN).map(Step::sentOn)
                .max(LocalDate::compareTo).orElse(null);
    }

    private static BigDecimal band(List<DebtCollectionProperties.Band> bands, BigDecimal principal) {
        for (DebtCollectionProperties.Band b : bands) {
            if (b.upTo() == null || principal.compareTo(b.upTo()) <= 0) {
                return b.cap();
            }
        }
        throw new IllegalStateException("no band for " + principal + ": the last band must have no upper limit");
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
