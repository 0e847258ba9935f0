package fi.tietovahti.registers.camera;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customer-service camera recordings on which the subject has been identified. Recordings nobody was identified
 * on are not searchable by person; the retention sweep deletes them after their period.
 */
@Component
class CameraDataSource extends RegisterSource {

    static final String RECORDING = "camera.recording";

    private final CameraRecordingRepository recordings;
    private final CameraRecordingSubjectRepository subjects;

    CameraDataSource(CameraRecordingRepository recordings, CameraRecordingSubjectRepository subjects,
                     ProcessingRestrictions restrictions) {
        super("camera", Set.of(RECORDING), restrictions);
        this.recordings = recordings;
        this.subjects = subjects;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.personIds().isEmpty()) {
            return;
        }
        for (Object[] row : subjects.findSightings(subject.personIds())) {
            CameraRecordingSubject s = (CameraRecordingSubject) row[0];
            CameraRecording r = (CameraRecording) row[1];
            records.add(RECORDING, "camera_recording:" + r.id, "Camera recording", r.startedAt)
                    .field("regionalOffice", r.regionalOffice)
                    .field("startedAt", r.startedAt)
                    .field("endedAt", r.endedAt)
                    .field("storageRef", r.storageRef)
                    .field("retentionReason", r.retentionReason)
                    .field("note", s.note);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (plan.actionFor(RECORDING) == ErasureAction.KEEP || subject.personIds().isEmpty()) {
            return report.build();
        }
        List<Long> ids = subjects.findSightings(subject.personIds()).stream()
                .map(row -> ((CameraRecording) row[1]).id).toList();
        int unlinked = subjects.deleteByPersonIds(subject.personIds());
        // a recording that also shows others, or is held for an incident, stays; the link to the subject goes
        int deleted = ids.isEmpty() ? 0 : recordings.deleteUnheld(ids);
        report.add(RECORDING, ErasureAction.ERASE, Math.max(unlinked, deleted));
        return report.build();
    }
}
