package fi.tietovahti.tenancy;

import fi.tietovahti.disclosure.KelaNotices;
import fi.tietovahti.letters.RescissionNoticeRenderer;
import fi.tietovahti.platform.Workflow;
import fi.tietovahti.processes.EvictionProcess;
import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.collection.EvictionCases;
import fi.tietovahti.registers.tenancy.Tenancies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eviction for unpaid rent, step by step as the law orders them (AHVL 481/1995 §§61, 66; Ulosottokaari 705/2007 ch. 7):
 * the written rescission notice and its provable service (the lease ends on service), then, if the tenant stays, the
 * district court, the judgment, the bailiff and the moving day within the bailiff's window; the tenancy ends in the
 * register when the tenant has left, and Kela is told where it pays the allowance to the landlord. A step out of
 * order, a date in the future or before the step it follows, a moving day outside the law's window: refused with the
 * reason. The landlord tells no authority on its own: the bailiff tells the housing and social services (ch. 7 §3).
 */
@Service
public class Evictions {

    /** Refused by the law or the order of the steps: the message says why. */
    public static class NotAllowed extends RuntimeException implements fi.tietovahti.platform.Refusal {
        public NotAllowed(String message) {
            super(message);
        }
    }

    public enum ServedHow { REGISTERED_LETTER, RECEIPT, PROCESS_SERVER }

    public enum Judgment { ORDERED, DISMISSED }

    /** After the notice: the tenant moved out, or the landlord goes to court. */
    public enum TenantLeft { MOVED_OUT, TO_COURT }

    /** The arrears were paid during the eviction: cancel it, or go on (a weighty reason, e.g. repeated failures). */
    public enum AfterPayment { CANCEL, CONTINUE }

    private final EvictionCases evictions;
    private final Claims claims;
    private final Tenancies tenancies;
    private final TenancyLaw law;
    private final RescissionNoticeRenderer renderer;
    private final KelaNotices kela;
    private final Workflow workflow;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Evictions(EvictionCases evictions, Claims claims, Tenancies tenancies, TenancyLaw law,
              RescissionNoticeRenderer renderer, KelaNotices kela, Workflow workflow, Clock clock,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.evictions = evictions;
        this.claims = claims;
        this.tenancies = tenancies;
        this.law = law;
        this.renderer = renderer;
        this.kela = kela;
        this.workflow = workflow;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A handler decided to rescind the lease of this tenancy for unpaid rent: the eviction case opens and its process
     * starts. Refused when the tenancy has ended, owes nothing, or an eviction is under way already.
     */
    @Transactional
    public String startForUnpaidRent(long tenancyId, Long collectionCaseId, String decidedBy) {
        Tenancies.Tenancy tenancy = tenancies.tenancy(tenancyId).orElseThrow(() ->
                new IllegalArgumentException("no tenancy " + tenancyId));
        if (tenancy.endedBefore(today())) {
            throw new NotAllowed("Vuokrasuhde on jo päättynyt / The tenancy ended on " + tenancy.end()
                    + ": there is no lease to rescind");
        }
        if (claims.openPrincipalCents(List.of(tenancyId)) <= 0) {
            // the arrears of the case: a notice for unpaid rent states them
            throw new NotAllowed("Vuokraa ei ole maksamatta / No rent is unpaid: no ground under AHVL §61(1)(1)");
        }
        if (evictions.openOf(tenancyId).isPresent()) {
            throw new NotAllowed("Häätöasia on jo vireillä / An eviction of this tenancy is under way: "
                    + evictions.openOf(tenancyId).get().reference());
        }
        EvictionCases.Eviction e = evictions.open(tenancyId, collectionCaseId, "UNPAID_RENT", today(), decidedBy);
        workflow.startAsController(EvictionProcess.KEY, e.reference(), Map.of());
        return e.reference();
    }

    /** The grounds of AHVL §61(1) that need a written warning first (§62), unless an exception of §62(3) applies. */
    public enum ConductGround { DISTURBANCE, OTHER_USE, POOR_CARE, ORDER_RULES }

    /**
     * A handler decided to rescind the lease for the tenant's conduct; the disturbance module has checked the warning
     * (or recorded the §62(3) exception and why). Refused when the tenancy has ended or an eviction is under way.
     */
    @Transactional
    public String startForConduct(long tenancyId, long disturbanceCaseId, ConductGround ground, String decidedBy) {
        Tenancies.Tenancy tenancy = tenancies.tenancy(tenancyId).orElseThrow(() ->
                new IllegalArgumentException("no tenancy " + tenancyId));
        if (tenancy.endedBefore(today())) {
            throw new NotAllowed("Vuokrasuhde on jo päättynyt / The tenancy ended on " + tenancy.end());
        }
        if (evictions.openOf(tenancyId).isPresent()) {
            throw new NotAllowed("Häätöasia on jo vireillä / An eviction of this tenancy is under way: "
                    + evictions.openOf(tenancyId).get().reference());
        }
        EvictionCases.Eviction e = evictions.open(tenancyId, null, disturbanceCaseId, ground.name(), today(),
                decidedBy);
        workflow.startAsController(EvictionProcess.KEY, e.reference(), Map.of());
        return e.reference();
    }

    /** The written notice, rendered in the tenant's language and kept with its SHA-256 until it is served. */
    @Transactional
    public void prepareNotice(String reference) {
        EvictionCases.Eviction e = eviction(reference);
        Tenancies.Tenancy tenancy = tenancies.tenancy(e.tenancyId()).orElseThrow();
        List<Tenancies.Addressee> to = tenancies.addressees(e.tenancyId());
        String language = to.isEmpty() ? "fi" : to.get(0).language();
        BigDecimal arrears = BigDecimal.valueOf(claims.openPrincipalCents(List.of(e.tenancyId())), 2);
        byte[] docx = renderer.docx(new RescissionNoticeRenderer.Notice(reference, language, today(),
                to.stream().map(Tenancies.Addressee::name).collect(Collectors.joining(", ")), tenancy.address(),
                tenancy.contractNumber(), e.ground(), arrears));
        evictions.noticePrepared(e.id(), today(), language, docx, fi.tietovahti.platform.Fingerprint.sha256(docx));
        evictions.step(e, "NOTICE", Map.of(), "RESCISSION", today(), "purkamisilmoitus laadittu / rescission notice "
                + "prepared");
    }

    /** The notice was served provably: the lease ends on that day (§66). */
    @Transactional
    public void served(String reference, ServedHow how, LocalDate servedOn) {
        EvictionCases.Eviction e = at(reference, "NOTICE");
        notBefore(servedOn, e.noticePreparedOn(), "the notice was prepared");
        evictions.step(e, "SERVED", Map.of("served_on", servedOn, "served_how", how.name(), "tenancy_ends_on",
                servedOn), "RESCISSION", servedOn, "purkamisilmoitus annettu tiedoksi / notice served: " + how);
    }

    /** The tenant left (after the notice, or when the bailiff came): the tenancy ends in the register, Kela is told. */
    @Transactional
    public void movedOut(String reference, LocalDate on, boolean evicted) {
        EvictionCases.Eviction e = eviction(reference);
        if (e.ended() || e.servedOn() == null) {
            throw new NotAllowed("no move-out before the rescission notice was served (AHVL §66)");
        }
        notBefore(on, e.servedOn(), "the notice was served");
        List<Long> residents = tenancies.residentsOn(e.tenancyId(), e.servedOn());
        tenancies.end(e.tenancyId(), on);
        for (Long person : residents) {
            // only while Kela pays the allowance to the landlord (938/2014 §25(3)): KelaNotices decides
            kela.tenancyEnds(e.tenancyId(), person, on, "eviction:" + reference);
        }
        events.publishEvent(new TenancyEnded(e.tenancyId(), on, "eviction:" + reference));
        evictions.step(e, evicted ? "EVICTED" : "MOVED_OUT", Map.of("moved_out_on", on, "ended_on", today(),
                "end_reason", evicted ? "evicted by the bailiff" : "moved out"), evicted ? "EVICTION" : null, on,
                "häätö toimeenpantu / eviction carried out");
    }

    @Transactional
    public void filedInCourt(String reference, LocalDate filedOn, String courtCase) {
        EvictionCases.Eviction e = at(reference, "SERVED");
        notBefore(filedOn, e.servedOn(), "the notice was served");
        evictions.step(e, "IN_COURT", Map.of("court_filed_on", filedOn, "court_case", courtCase == null ? ""
                : courtCase.strip()), "COURT_FILING", filedOn, "haettu käräjäoikeudesta / filed in the district court");
    }

    @Transactional
    public void judgment(String reference, LocalDate on, Judgment judgment) {
        EvictionCases.Eviction e = at(reference, "IN_COURT");
        notBefore(on, e.courtFiledOn(), "the application was filed");
        if (judgment == Judgment.DISMISSED) {
            evictions.step(e, "DISMISSED", Map.of("judgment_on", on, "ended_on", today(), "end_reason",
                    "the court dismissed the eviction"), "JUDGMENT", on, "kanne hylätty / dismissed");
        } else {
            evictions.step(e, "JUDGMENT", Map.of("judgment_on", on), "JUDGMENT", on, "häätötuomio / eviction ordered");
        }
    }

    @Transactional
    public void appliedToBailiff(String reference, LocalDate on) {
        EvictionCases.Eviction e = at(reference, "JUDGMENT");
        notBefore(on, e.judgmentOn(), "the judgment");
        evictions.step(e, "BAILIFF", Map.of("bailiff_applied_on", on), "BAILIFF", on,
                "haettu ulosotosta / applied to the bailiff");
    }

    /**
     * The bailiff's moving notice and its moving day: within 1-2 weeks of the notice's receipt (ch. 7 §4(1)), and by
     * the outer limit from the application (2 months; 6 with the landlord's consent to postpone).
     */
    @Transactional
    public void movingDay(String reference, LocalDate noticeReceived, LocalDate movingDay, boolean postponedWithConsent) {
        EvictionCases.Eviction e = at(reference, "BAILIFF");
        notBefore(noticeReceived, e.bailiffAppliedOn(), "the application to the bailiff");
        TenancyLaw.Window window = law.movingDay(noticeReceived);
        if (movingDay.isBefore(window.earliest()) || movingDay.isAfter(window.latest())) {
            throw new NotAllowed("Muuttopäivä lain ikkunan ulkopuolella / The moving day must be " + window.earliest()
                    + " - " + window.latest() + " (1-2 weeks after the moving notice, UK ch. 7 §4(1))");
        }
        LocalDate by = law.evictionBy(e.bailiffAppliedOn(), postponedWithConsent);
        if (movingDay.isAfter(by)) {
            throw new NotAllowed("The eviction must be carried out by " + by + " (UK ch. 7 §4(1))");
        }
        evictions.step(e, "BAILIFF", Map.of("moving_notice_received_on", noticeReceived, "moving_day", movingDay),
                null, movingDay, null);
    }

    /** The steps a document can belong to. */
    public enum DocumentStep { NOTICE_SERVICE, COURT_FILING, JUDGMENT, BAILIFF, MOVING_NOTICE, EVICTION, OTHER }

    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /** A document of a step (the court's judgment, the bailiff's notice, a receipt of service), kept with the case. */
    @Transactional
    public long addDocument(String reference, DocumentStep step, String fileName, String mediaType, byte[] content,
                            String by) {
        EvictionCases.Eviction e = eviction(reference);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("the document is empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("a document is at most 20 MiB");
        }
        String name = fileName == null || fileName.isBlank() ? step.name().toLowerCase(java.util.Locale.ROOT)
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return evictions.addDocument(e.id(), step.name(), name.length() > 200 ? name.substring(0, 200) : name,
                mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType, content,
                fi.tietovahti.platform.Fingerprint.sha256(content), by, clock.instant());
    }

    public List<EvictionCases.Document> documents(String reference) {
        return evictions.documents(eviction(reference).id());
    }

    public java.util.Optional<byte[]> document(String reference, long id) {
        return evictions.documentContent(eviction(reference).id(), id);
    }

    /** The eviction as the collection staff see it: its steps' days, no names. */
    public EvictionCases.Eviction view(String reference) {
        return eviction(reference);
    }

    /** The arrears were paid in full: the eviction's process asks whether to cancel it. */
    public void arrearsPaid(long tenancyId) {
        evictions.openOf(tenancyId).ifPresent(e -> workflow.correlateAllAsController(
                EvictionProcess.Message.EVICTION_ARREARS_PAID, e.reference(), Map.of()));
    }

    /** The landlord cancels the eviction (a settlement, the debt paid): the lease stays if not yet ended by service. */
    @Transactional
    public void cancel(String reference) {
        EvictionCases.Eviction e = eviction(reference);
        if (e.ended()) {
            throw new NotAllowed("the eviction " + reference + " has ended");
        }
        evictions.step(e, "CANCELLED", Map.of("ended_on", today(), "end_reason", "cancelled: arrears paid or settled"),
                null, today(), null);
    }

    private EvictionCases.Eviction eviction(String reference) {
        return evictions.byReference(reference).orElseThrow(() -> new IllegalArgumentException("no eviction "
                + reference));
    }

    private EvictionCases.Eviction at(String reference, String status) {
        EvictionCases.Eviction e = eviction(reference);
        if (!status.equals(e.status()) || e.ended()) {
            throw new NotAllowed("Väärä vaihe / Not at this step: the eviction " + reference + " is " + e.status()
                    + " (the law's order: notice served, court, judgment, bailiff)");
        }
        return e;
    }

    private void notBefore(LocalDate day, LocalDate earlier, String what) {
        if (day == null) {
            throw new IllegalArgumentException("the day is needed");
        }
        if (day.isAfter(today())) {
            throw new NotAllowed("Päivä on tulevaisuudessa / " + day + " is in the future: record a step when it has "
                    + "happened");
        }
        if (earlier != null && day.isBefore(earlier)) {
            throw new NotAllowed(day + " is before " + what + " (" + earlier + ")");
        }
    }

}
