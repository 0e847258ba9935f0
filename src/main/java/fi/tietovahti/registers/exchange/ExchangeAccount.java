package fi.tietovahti.registers.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An apartment-exchange account. Never disclosed; deleted 3 months after the last login. */
@Entity
public class ExchangeAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String username;
    String email;
    String phone;
    Instant createdAt;
    Instant lastLoginAt;

    protected ExchangeAccount() {
    }
}
