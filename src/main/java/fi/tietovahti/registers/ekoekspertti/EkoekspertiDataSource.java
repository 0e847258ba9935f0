package fi.tietovahti.registers.ekoekspertti;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasureAction;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.ProcessingRestrictions;
import fi.tietovahti.registers.RegisterSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ekoekspertti app accounts and completed challenges, found by the subject's email addresses. */
@Component
class EkoekspertiDataSource extends RegisterSource {

    static final String PROFILE = "ekoekspertti.profile";
    static final String CHALLENGE = "ekoekspertti.challenge";

    private final EkoUserRepository users;
    private final EkoChallengeCompletionRepository completions;
    private final java.time.Clock clock;

    EkoekspertiDataSource(EkoUserRepository users, EkoChallengeCompletionRepository completions,
                          ProcessingRestrictions restrictions, java.time.Clock clock) {
        super("ekoekspertti", Set.of(PROFILE, CHALLENGE), restrictions);
        this.clock = clock;
        this.users = users;
        this.completions = completions;
    }

    @Override
    protected void collect(DataSubject subject, Records records) {
        if (subject.emails().isEmpty()) {
            return;
        }
        List<EkoUser> found = users.findByEmails(subject.emails());
        for (EkoUser u : found) {
            records.add(PROFILE, "eko_user:" + u.id, "Ekoekspertti account", u.registeredAt)
                    .field("email", u.email)
                    .field("nickname", u.nickname)
                    .field("residence", u.residence)
                    .field("registeredAt", u.registeredAt)
                    .field("closedAt", u.closedAt);
        }
        if (found.isEmpty()) {
            return;
        }
        for (EkoChallengeCompletion c : completions.findByUserIdInOrderByCompletedAt(found.stream().map(u -> u.id).toList())) {
            records.add(CHALLENGE, "eko_challenge_completion:" + c.id, "Completed challenge", c.completedAt)
                    .field("challenge", c.challenge)
                    .field("completedAt", c.completedAt)
                    .field("points", c.points);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
        ErasureReport.Builder report = new ErasureReport.Builder(register());
        if (subject.emails().isEmpty()) {
            return report.build();
        }
        List<Long> ids = users.findByEmails(subject.emails()).stream().map(u -> u.id).toList();
        if (ids.isEmpty()) {
            return report.build();
        }
        ErasureAction profile = plan.actionFor(PROFILE);
        // completions hang on the account: erasing the account erases them too
        if (plan.actionFor(CHALLENGE) == ErasureAction.ERASE || profile == ErasureAction.ERASE) {
            report.add(CHALLENGE, ErasureAction.ERASE, completions.deleteByUserIds(ids));
        }
        switch (profile) {
            case ERASE -> report.add(PROFILE, profile, users.deleteByIds(ids));
            case ANONYMISE -> report.add(PROFILE, profile, users.anonymise(ids, clock.instant()));
            case KEEP -> { }
        }
        return report.build();
    }
}
