package fi.tietovahti.worklist;

import java.time.LocalDate;

/**
 * A task's case as a task card shows it. {@code daysLeft} counts Helsinki calendar days from today to the legal
 * deadline (0: due today, negative: late); null fields are not known for this case (a matter without a case).
 */
public record TaskCase(String caseNumber, String caseType, String requesterName, LocalDate legalDeadline,
                       Long daysLeft, LocalDate internalTarget, boolean extended, int identityPausedDays,
                       boolean closed) {
}
