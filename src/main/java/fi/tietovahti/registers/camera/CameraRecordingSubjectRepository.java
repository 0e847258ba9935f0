package fi.tietovahti.registers.camera;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CameraRecordingSubjectRepository extends JpaRepository<CameraRecordingSubject, Long> {

    /** Each row: [CameraRecordingSubject, CameraRecording]. */
    @Query("""
            select s, r from CameraRecordingSubject s, CameraRecording r
            where r.id = s.recordingId and s.personId in :personIds order by r.startedAt""")
    List<Object[]> findSightings(Collection<Long> personIds);

    @Modifying
    @Query("delete from CameraRecordingSubject s where s.personId in :personIds")
    int deleteByPersonIds(Collection<Long> personIds);
}
