package fi.tietovahti.disturbance;

import fi.tietovahti.letters.WarningLetterRenderer;
import fi.tietovahti.registers.disturbance.Disturbances;
import fi.tietovahti.registers.tenancy.Tenancies;
import fi.tietovahti.tenancy.Evictions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disturbance and the other grounds that need a written warning (AHVL 481/1995 §§61-62): a complaint joins the
 * tenancy's file; a handler investigates and gives nothing, a remark or a written warning; the warning counts only
 * once its provable delivery is recorded; a prompt correction ends the way to rescission (§62(2)); rescission only
 * after a warning and continued conduct, or without one when the conduct is repeated after an earlier warning or, for
 * disturbance and order rules, very reprehensible (§62(3)), with the handler's reasons on the record. The complainant
 * is confidential: a warning whose text would name them is refused.
 */
@Service
public class DisturbanceCases {

    public enum ComplainantKind { RESIDENT, STAFF, POLICE, OTHER }

    public enum Outcome { NO_ACTION, REMARK, WARNING, RESCIND_WITHOUT_WARNING }

    public enum ExceptionBasis { REPEATED_AFTER_WARNING, VERY_REPREHENSIBLE }

    public enum RemarkHow { IN_PERSON, EMAIL, REGISTERED_LETTER }

    public enum WarningDelivery { REGISTERED_LETTER, IN_PERSON, BAILIFF }

    public enum FollowUp { CORRECTED, CONTINUED }

    public enum RescissionDecision { RESCIND, DO_NOT_RESCIND }

    public record Complaint(String contractNumber, Evictions.ConductGround ground, ComplainantKind kind,
                            String complainantName, String complainantContact, LocalDate receivedOn,
                            String description) {

        @Override
        public String toString() {
            return "Complaint[" + ground + ", " + kind + "]";
        }
    }

    /** Refused by the law or by the case: the message says why. */
    public static class NotAllowed extends RuntimeException implements fi.tietovahti.platform.Refusal {
        public NotAllowed(String message) {
            super(message);
        }
    }

    private final Disturbances register;
    private final Tenancies tenancies;
    private final Evictions evictions;
    private final WarningLetterRenderer letters;
    private final Clock clock;

    DisturbanceCases(Disturbances register, Tenancies tenancies, Evictions evictions, WarningLetterRenderer letters,
                     Clock clock) {
        this.register = register;
        this.tenancies = tenancies;
        this.evictions = evictions;
        this.letters = letters;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The complaint joins the tenancy's open file on its ground, or opens one. Returns the file's reference. */
    @Transactional
    public String register(Complaint c) {
        long tenancyId = tenancies.byContractNumber(c.contractNumber()).orElseThrow(() ->
                new IllegalArgumentException("Vuokrasopimusta ei löydy / No lease " + c.contractNumber()));
        if (c.description() == null || c.description().isBlank()) {
            throw new IllegalArgumentException("what happened is needed");
        }
        if (c.complainantName() == null || c.complainantName().isBlank()) {
            throw new IllegalArgumentException("the complainant is needed (kept confidential)");
        }
        LocalDate received = c.receivedOn() == null ? today() : c.receivedOn();
        if (received.isAfter(today())) {
            throw new NotAllowed("a complaint received in the future: " + received);
        }
        Disturbances.Case file = register.openCaseOf(tenancyId, c.ground().name()).orElseGet(() ->
                register.open(tenancyId, c.ground().name(), received, "valitus / complaint (" + c.ground() + ")"));
        register.addComplaint(file.id(), new Disturbances.Complainant(c.kind().name(), c.complainantName().strip(),
                c.complainantContact() == null ? null : c.complainantContact().strip()), received,
                c.description().strip());
        return file.reference();
    }

    /**
     * The investigation's outcome. A warning is prepared here (its text is the conduct found, refused if it names a
     * complainant); a rescission without a warning needs its §62(3) basis and reasons, and returns the eviction's
     * reference.
     */
    @Transactional
    public String investigated(String reference, Outcome outcome, String conduct, RemarkHow remarkHow,
                               ExceptionBasis basis, String reasons, String user) {
        Disturbances.Case file = file(reference);
        Evictions.ConductGround ground = Evictions.ConductGround.valueOf(file.ground());
        switch (outcome) {
            case NO_ACTION -> {
                return null;
            }
            case REMARK -> {
                if (remarkHow == null) {
                    throw new IllegalArgumentException("how the remark was given is needed");
                }
                register.remark(file.id(), today(), ground.name(), remarkHow.name());
                return null;
            }
            case WARNING -> {
                prepareWarning(file, ground, conduct);
                return null;
            }
            case RESCIND_WITHOUT_WARNING -> {
                if (basis == null || reasons == null || reasons.isBlank()) {
                    throw new IllegalArgumentException("a rescission without a warning needs its basis (§62(3)) "
                            + "and the reasons");
                }
                if (basis == ExceptionBasis.REPEATED_AFTER_WARNING
                        && register.warningsDelivered(file.tenancyId(), ground.name()).isEmpty()) {
                    throw new NotAllowed("Aiempaa varoitusta ei ole / No earlier warning on this ground was "
                            + "delivered: \"repeated after a warning\" does not apply (AHVL §62(3))");
                }
                if (basis == ExceptionBasis.VERY_REPREHENSIBLE && ground != Evictions.ConductGround.DISTURBANCE
                        && ground != Evictions.ConductGround.ORDER_RULES) {
                    throw new NotAllowed("\"Very reprehensible\" lets the landlord skip the warning only for "
                            + "disturbance and the order rules (AHVL §62(3)), not " + ground);
                }
                register.rescissionBasis(file.id(), basis.name(), reasons.strip());
                return evictions.startForConduct(file.tenancyId(), file.id(), ground, user);
            }
            default -> throw new IllegalArgumentException("unknown outcome " + outcome);
        }
    }

    private void prepareWarning(Disturbances.Case file, Evictions.ConductGround ground, String conduct) {
        if (conduct == null || conduct.strip().length() < 10) {
            throw new IllegalArgumentException("the warning states the conduct found, with dates");
        }
        String lower = conduct.toLowerCase(Locale.ROOT);
        for (Disturbances.Complainant who : register.complainants(file.id())) {
            for (String part : names(who)) {
                if (lower.contains(part)) {
                    throw new NotAllowed("Varoitus paljastaisi valittajan / The warning would name a complainant: "
                            + "describe the conduct without who reported it");
                }
            }
        }
        Tenancies.Tenancy tenancy = tenancies.tenancy(file.tenancyId()).orElseThrow();
        List<Tenancies.Addressee> to = tenancies.addressees(file.tenancyId());
        String language = to.isEmpty() ? "fi" : to.get(0).language();
        byte[] docx = letters.docx(new WarningLetterRenderer.Warning(file.reference(), language, today(),
                to.stream().map(Tenancies.Addressee::name).collect(Collectors.joining(", ")), tenancy.address(),
                tenancy.contractNumber(), ground.name(), conduct.strip()));
        register.warningPrepared(file.id(), docx, language);
    }

    /** The complainant's name and contact in the pieces a text could name them by. */
    private static List<String> names(Disturbances.Complainant who) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String s : new String[]{who.name(), who.contact()}) {
            if (s == null) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT).strip();
            if (lower.length() >= 3) {
                parts.add(lower);
            }
            for (String token : lower.split("[\\s,;]+")) {
                if (token.length() >= 4) {
                    parts.add(token);
                }
            }
        }
        return parts;
    }

    /** The prepared warning reached the tenant provably: from now on it counts (§62(1) with §54). */
    @Transactional
    public void warningDelivered(String reference, WarningDelivery how, LocalDate on) {
        Disturbances.Case file = file(reference);
        if (!file.warningWaiting()) {
            throw new NotAllowed("no warning is waiting for its delivery in " + reference);
        }
        if (on == null || on.isAfter(today())) {
            throw new NotAllowed("Toimituspäivä puuttuu tai on tulevaisuudessa / The delivery day is missing or in the "
                    + "future: record a delivery that has happened");
        }
        register.warningDelivered(file.id(), today(), file.ground(), how.name(), on,
                fi.tietovahti.platform.Fingerprint.sha256(register.warningLetter(file.id())));
    }

    /** After the warning: corrected promptly (the way to rescission ends), or the conduct continued. */
    @Transactional
    public void followedUp(String reference, FollowUp outcome, LocalDate on) {
        Disturbances.Case file = file(reference);
        if (register.warningsDelivered(file.tenancyId(), file.ground()).isEmpty()) {
            throw new NotAllowed("no delivered warning to follow up");
        }
        if (outcome == FollowUp.CORRECTED) {
            register.corrected(file.id(), on == null ? today() : on);
        }
    }

    /** Rescind after a warning and continued conduct: the eviction starts. Returns its reference, or null. */
    @Transactional
    public String decided(String reference, RescissionDecision decision, String user) {
        Disturbances.Case file = file(reference);
        if (decision == RescissionDecision.DO_NOT_RESCIND) {
            return null;
        }
        if (file.correctedOn() != null) {
            throw new NotAllowed("Asia korjattiin varoituksen jälkeen / The matter was put right after the warning "
                    + "(" + file.correctedOn() + "): no rescission on it (AHVL §62(2))");
        }
        if (register.warningsDelivered(file.tenancyId(), file.ground()).isEmpty()) {
            throw new NotAllowed("no rescission on this ground without a delivered warning (AHVL §62(1))");
        }
        register.rescissionBasis(file.id(), "AFTER_WARNING", null);
        return evictions.startForConduct(file.tenancyId(), file.id(),
                Evictions.ConductGround.valueOf(file.ground()), user);
    }

    private Disturbances.Case file(String reference) {
        return register.byReference(reference).orElseThrow(() -> new IllegalArgumentException("no disturbance file "
                + reference));
    }

}
