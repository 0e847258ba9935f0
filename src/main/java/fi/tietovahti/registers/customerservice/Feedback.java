package fi.tietovahti.registers.customerservice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Feedback or a satisfaction-survey answer. */
@Entity
public class Feedback {
    public enum Kind { FEEDBACK, SATISFACTION_SURVEY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long personId;
    Instant givenAt;
    @Enumerated(EnumType.STRING)
    Kind kind;
    Short score;
    String text;

    protected Feedback() {
    }
}
