package fi.tietovahti.collection;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The reference rate of the current half-year in the health endpoint ("referenceRate"): late interest goes on at the
 * last configured rate when nobody has added the Bank of Finland's new one (tietovahti.collection.law.reference-rates,
 * every 1 January and 1 July), and every letter would state it. UNKNOWN with the details then: the service is not
 * down, but someone has to add the rate.
 */
@Component("referenceRate")
class ReferenceRateHealth implements HealthIndicator {

    private final DebtCollectionProperties properties;
    private final Clock clock;

    ReferenceRateHealth(DebtCollectionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        LocalDate today = LocalDate.now(clock);
        LocalDate halfYear = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        DebtCollectionProperties.ReferenceRate last = properties.referenceRates().get(
                properties.referenceRates().size() - 1);
        if (last.from().isBefore(halfYear)) {
            return Health.status(Status.UNKNOWN).withDetail("reason", "no reference rate from " + halfYear
                    + ": late interest uses the rate from " + last.from() + " (" + last.rate() + " %); add the Bank "
                    + "of Finland's rate to tietovahti.collection.law.reference-rates").build();
        }
        return Health.up().withDetail("rateFrom", last.from().toString()).withDetail("rate", last.rate()).build();
    }
}
