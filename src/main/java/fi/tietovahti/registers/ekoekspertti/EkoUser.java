package fi.tietovahti.registers.ekoekspertti;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An Ekoekspertti app user: email, nickname and residence. */
@Entity
public class EkoUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String email;
    String nickname;
    String residence;
    Instant registeredAt;
    Instant closedAt;

    protected EkoUser() {
    }
}
