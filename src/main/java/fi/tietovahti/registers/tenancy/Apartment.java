package fi.tietovahti.registers.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** An apartment the landlord lets. Not personal data by itself; a tenancy makes it so. */
@Entity
public class Apartment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String streetAddress;
    String apartmentNumber;
    String postalCode;
    String district;
    String regionalOffice;
    String rooms;
    @jakarta.persistence.Column(name = "floor_area_m2")
    BigDecimal floorAreaM2;

    protected Apartment() {
    }

    public Apartment(String streetAddress, String apartmentNumber, String postalCode, String district,
                     String regionalOffice, String rooms, BigDecimal floorAreaM2) {
        this.streetAddress = streetAddress;
        this.apartmentNumber = apartmentNumber;
        this.postalCode = postalCode;
        this.district = district;
        this.regionalOffice = regionalOffice;
        this.rooms = rooms;
        this.floorAreaM2 = floorAreaM2;
    }

    public Long getId() {
        return id;
    }

    /** "Kivikonkaari 5 B 17, 00940 Helsinki" */
    public String address() {
        return streetAddress + " " + apartmentNumber + ", " + postalCode + " Helsinki";
    }
}
