package fi.tietovahti.restriction;

import fi.tietovahti.registers.RestrictionGround;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of restriction requests (tietovahti.restriction.*). {@code reviewAfter}: per Art. 18(1) ground, when the
 * handler's "restriction in force" task comes up for a look (its follow-up date) if the handler gives no date: the
 * end condition of each ground is a fact only a person can establish (accuracy verified, the balancing decided, the
 * claim settled), so the process asks rather than lifting by itself. {@code noticeBeforeLifting}: how long after the
 * person is told the restriction is lifted (default 14 days), so that an objection to the lifting can reach a handler
 * first.
 */
@ConfigurationProperties("tietovahti.restriction")
public record RestrictionProperties(Map<RestrictionGround, Period> reviewAfter, Period noticeBeforeLifting) {

    public RestrictionProperties {
        noticeBeforeLifting = noticeBeforeLifting == null ? Period.ofDays(14) : noticeBeforeLifting;
        if (noticeBeforeLifting.isNegative() || noticeBeforeLifting.isZero()) {
            throw new IllegalArgumentException("tietovahti.restriction.notice-before-lifting must be positive: the "
                    + "person is told before the restriction is lifted (GDPR 18(3))");
        }
        Map<RestrictionGround, Period> all = new EnumMap<>(RestrictionGround.class);
        for (RestrictionGround g : RestrictionGround.values()) {
            all.put(g, reviewAfter == null || reviewAfter.get(g) == null ? Period.ofMonths(1) : reviewAfter.get(g));
        }
        reviewAfter = Map.copyOf(all);
    }
}
