package fi.tietovahti.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline and how it was reached, step by step, so that a handler (or the requester) can follow it:
 * e.g. "2025-03-05 + 1 month = 2025-04-05", "2025-04-05 is a Saturday", "deadline 2025-04-07".
 */
public record Deadline(LocalDate date, List<String> reasoning) {

    public Deadline {
        reasoning = List.copyOf(reasoning);
    }

    public String explanation() {
        return String.join("; ", reasoning);
    }
}
