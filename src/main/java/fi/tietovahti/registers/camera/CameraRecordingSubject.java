package fi.tietovahti.registers.camera;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person identified on a recording, e.g. when it was viewed to investigate an incident. */
@Entity
public class CameraRecordingSubject {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long recordingId;
    Long personId;
    String note;

    protected CameraRecordingSubject() {
    }
}
