package fi.tietovahti.registers.camera;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Metadata of a customer-service camera recording; the video stays in the recorder under storageRef. */
@Entity
public class CameraRecording {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String regionalOffice;
    Instant startedAt;
    Instant endedAt;
    String storageRef;
    String retentionReason;

    protected CameraRecording() {
    }
}
