package fi.tietovahti.registers.ekoekspertti;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A challenge an Ekoekspertti user completed, and the points it gave (shown to other users). */
@Entity
public class EkoChallengeCompletion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long userId;
    String challenge;
    Instant completedAt;
    int points;

    protected EkoChallengeCompletion() {
    }
}
