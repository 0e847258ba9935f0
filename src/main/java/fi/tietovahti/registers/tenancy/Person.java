package fi.tietovahti.registers.tenancy;

import fi.tietovahti.hetu.PersonalIdentityCode;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident as the tenancy register knows them. Only main tenants and spouses have an identity code
 * (see {@link OccupancyRules}); minors have no contact details.
 */
@Entity
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String firstName;
    String lastName;
    String hetu;
    LocalDate birthDate;
    String email;
    String phone;
    Instant anonymisedAt;

    protected Person() {
    }

    public Person(String firstName, String lastName, PersonalIdentityCode hetu, LocalDate birthDate, String email,
                  String phone) {
        if (hetu != null && !hetu.birthDate().equals(birthDate)) {
            throw new IllegalArgumentException("the birth date does not match the identity code");
        }
        this.firstName = firstName;
        this.lastName = lastName;
        this.hetu = hetu == null ? null : hetu.value();
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Optional<PersonalIdentityCode> hetu() {
        return Optional.ofNullable(hetu).map(PersonalIdentityCode::ofStored);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
