package fi.tietovahti.registers.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A person living in a tenancy, in a role, between move-in and move-out. */
@Entity
public class Occupancy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Tenancy tenancy;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Person person;
    @Enumerated(EnumType.STRING)
    OccupantRole role;
    LocalDate movedIn;
    LocalDate movedOut;

    protected Occupancy() {
    }

    public Occupancy(Tenancy tenancy, Person person, OccupantRole role, LocalDate movedIn, LocalDate movedOut) {
        OccupancyRules.check(person, role, movedIn);
        this.tenancy = tenancy;
        this.person = person;
        this.role = role;
        this.movedIn = movedIn;
        this.movedOut = movedOut;
    }

    public Tenancy getTenancy() {
        return tenancy;
    }

    public Person getPerson() {
        return person;
    }

    public OccupantRole getRole() {
        return role;
    }
}
