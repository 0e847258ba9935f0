package fi.tietovahti.intake;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The privacy mailbox in the health endpoint ("mailbox"): DOWN while it cannot be read (server down, login or token
 * refused, TLS refused) and while taken messages cannot be moved out of the inbox to the processed folder. Either
 * stops the intake in a way no resident notices, so it must be loud: the DPO's monitoring watches this.
 */
@Component("mailbox")
public class MailboxHealth implements HealthIndicator {

    private final Clock clock;
    private volatile Instant lastRead;
    private volatile String readFailure;
    private volatile String moveFailure;
    private volatile int waitingToMove;

    MailboxHealth(Clock clock) {
        this.clock = clock;
    }

    void read() {
        lastRead = clock.instant();
        readFailure = null;
    }

    void readFailed(String reason) {
        readFailure = reason;
    }

    void moved() {
        moveFailure = null;
        waitingToMove = 0;
    }

    void moveFailed(String reason, int stillWaiting) {
        moveFailure = reason;
        waitingToMove = stillWaiting;
    }

    /** Why the mailbox is failing, or null. */
    public String problem() {
        String read = readFailure;
        String move = moveFailure;
        if (read != null) {
            return "the mailbox cannot be read: " + read;
        }
        if (move != null) {
            return waitingToMove + " messages already taken cannot be moved out of the inbox " + move;
        }
        return null;
    }

    @Override
    public Health health() {
        String problem = problem();
        Health.Builder health = problem == null ? Health.up() : Health.down().withDetail("error", problem);
        return health.withDetail("lastRead", lastRead == null ? "not yet" : lastRead.toString()).build();
    }
}
