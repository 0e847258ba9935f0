package fi.tietovahti.dpo;

import fi.tietovahti.cases.CaseDocuments;
import fi.tietovahti.cases.CaseRegistry;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.platform.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One case as the DPO follows it, running or finished (Cockpit CE shows running process instances only): its
 * deadlines and their changes, every step of its processes with who and when (the engine's history), its
 * documents, the outcome and whether it was on time. The requester's name is shown, the identity code never.
 */
@Service
public class CaseFile {

    public record Document(String kind, String fileName, int size) {
    }

    public record View(String caseNumber, String caseType, String channel, String language, String requesterName,
                       Instant receivedAt, Instant acknowledgedAt, LocalDate legalDeadline, LocalDate internalTarget,
                       int identityPausedDays, Integer extensionMonths, String extensionGround, Instant extendedAt,
                       String extendedBy, Instant closedAt, String outcome, Boolean onTimeLegal,
                       Boolean onTimeTarget, List<Document> documents, List<Workflow.HistoryStep> steps) {
    }

    private final CaseRegistry cases;
    private final CaseDocuments documents;
    private final Workflow workflow;

    CaseFile(CaseRegistry cases, CaseDocuments documents, Workflow workflow) {
        this.cases = cases;
        this.documents = documents;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    public Optional<View> of(String caseNumber) {
        if (!cases.exists(caseNumber)) {
            return Optional.empty();
        }
        PrivacyCase c = cases.byNumber(caseNumber);
        return Optional.of(new View(c.getCaseNumber(), c.getCaseType().name(), c.getChannel().name(), c.getLanguage(),
                c.getRequesterName(), c.getReceivedAt(), c.getAcknowledgedAt(), c.getLegalDeadline(),
                c.getInternalTarget(), c.getIdentityPausedDays(), c.getExtensionMonths(),
                c.getExtensionGround() == null ? null : c.getExtensionGround().name(), c.getExtendedAt(),
                c.getExtendedBy(), c.getClosedAt(), c.getOutcome() == null ? null : c.getOutcome().name(),
                c.getOnTimeLegal(), c.getOnTimeTarget(),
                documents.list(c.getId()).stream().map(d -> new Document(d.kind().name(), d.fileName(), d.size()))
                        .toList(),
                workflow.caseHistory(caseNumber)));
    }
}
