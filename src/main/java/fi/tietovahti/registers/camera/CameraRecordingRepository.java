package fi.tietovahti.registers.camera;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CameraRecordingRepository extends JpaRepository<CameraRecording, Long> {

    /** Recordings that no longer show anyone identified and are not kept for an incident. */
    @Modifying
    @Query("""
            delete from CameraRecording r where r.id in :ids and r.retentionReason is null
              and not exists (select s from CameraRecordingSubject s where s.recordingId = r.id)""")
    int deleteUnheld(Collection<Long> ids);
}
