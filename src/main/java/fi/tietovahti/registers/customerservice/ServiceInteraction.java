package fi.tietovahti.registers.customerservice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A contact with customer service: a call, an email, a visit to a regional office. */
@Entity
public class ServiceInteraction {
    public enum Channel { PHONE, EMAIL, OFFICE, WEB, CHAT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long personId;
    Instant occurredAt;
    @Enumerated(EnumType.STRING)
    Channel channel;
    String regionalOffice;
    String topic;
    String summary;
    String handledBy;

    protected ServiceInteraction() {
    }
}
