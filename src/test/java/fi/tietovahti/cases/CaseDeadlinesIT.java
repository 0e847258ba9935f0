package fi.tietovahti.cases;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.deadline.DeadlineProperties;
import fi.tietovahti.deadline.LegalDeadlines;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's deadlines over its life, on the database: the identity pause with the switch on (the application runs
 * with it off, so this test builds its own CaseDeadlines with the switch on), the extension rules and the on-time
 * judgement at closing.
 */
@TietovahtiTest
class CaseDeadlinesIT {

    @Autowired
    CaseRegistry registry;
    @Autowired
    PrivacyCaseRepository repository;
    @Autowired
    CaseDeadlines deadlines;
    @Autowired
    TransactionTemplate transactions;

    private static DeadlineProperties properties(boolean pause) {
        return new DeadlineProperties(false, false, 1, 2, 30, Period.ofDays(7), pause, Duration.ofHours(72));
    }

    private PrivacyCase open(ZonedDateTime receivedAt) {
        return registry.open(new NewCase(PrivacyCase.Type.ACCESS, receivedAt.toInstant(), "fi", PrivacyCase.Channel.DESK,
                "Testi Henkilö", "testi@example.com", null));
    }

    @Test
    void withTheSwitchOnTheDaysSpentIdentifyingMoveTheDeadlineAndAreRecorded() {
        // received Monday 3 March 2025: deadline 3 April (Thursday)
        PrivacyCase kase = open(ZonedDateTime.of(2025, 3, 3, 10, 0, 0, 0, LegalDeadlines.HELSINKI));
        assertThat(kase.getLegalDeadline()).isEqualTo(LocalDate.of(2025, 4, 3));
        Instant asked = ZonedDateTime.of(2025, 3, 3, 10, 5, 0, 0, LegalDeadlines.HELSINKI).toInstant();
        Instant signed = ZonedDateTime.of(2025, 3, 6, 9, 0, 0, 0, LegalDeadlines.HELSINKI).toInstant();

        // the application's own service: the switch is off, nothing moves
        transactions.executeWithoutResult(t -> deadlines.applyIdentityPause(kase.getCaseNumber(), asked, signed));
        assertThat(registry.byNumber(kase.getCaseNumber()).getIdentityPausedDays()).isZero();

        CaseDeadlines pausing = new CaseDeadlines(repository, new LegalDeadlines(properties(true)), properties(true),
                TestClock.clock());
        transactions.executeWithoutResult(t -> pausing.applyIdentityPause(kase.getCaseNumber(), asked, signed));
        PrivacyCase paused = registry.byNumber(kase.getCaseNumber());
        assertThat(paused.getIdentityPausedDays()).isEqualTo(3);
        // 3 April + 3 days = Sunday 6 April -> Monday 7 April
        assertThat(paused.getLegalDeadline()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(pausing.variables(paused)).containsEntry("identityPausedDays", 3)
                .containsEntry("legalDeadlineText", "7.4.2025");
    }

    @Test
    void anExtensionIsOnceWithReasonsWithinTheFirstMonthAndClosingJudgesBothDeadlines() {
        PrivacyCase kase = open(TestClock.now().atZone(LegalDeadlines.HELSINKI).minusDays(10));
        LocalDate first = kase.getLegalDeadline();
        assertThatThrownBy(() -> deadlines.extend(kase.getCaseNumber(), 3, PrivacyCase.ExtensionGround.COMPLEXITY, "x", "dpo"))
                .hasMessageContaining("1 to 2 further months");
        assertThatThrownBy(() -> deadlines.extend(kase.getCaseNumber(), 1, PrivacyCase.ExtensionGround.COMPLEXITY, "", "dpo"))
                .hasMessageContaining("reasons");
        // Art. 12(3) allows two grounds only; the letter names the one chosen
        assertThatThrownBy(() -> deadlines.extend(kase.getCaseNumber(), 1, null, "A great deal of data", "dpo"))
                .hasMessageContaining("needs its ground");
        assertThat(registry.byNumber(kase.getCaseNumber()).getExtensionMonths()).isNull();
        deadlines.extend(kase.getCaseNumber(), 1, PrivacyCase.ExtensionGround.COMPLEXITY, "A great deal of data", "dpo");
        assertThat(registry.byNumber(kase.getCaseNumber()).getLegalDeadline()).isAfter(first);
        assertThat(registry.byNumber(kase.getCaseNumber()).getExtensionGround()).isEqualTo(PrivacyCase.ExtensionGround.COMPLEXITY);
        assertThatThrownBy(() -> deadlines.extend(kase.getCaseNumber(), 1, PrivacyCase.ExtensionGround.BOTH, "again", "dpo"))
                .hasMessageContaining("only once");

        PrivacyCase closed = deadlines.close(kase.getCaseNumber(), PrivacyCase.Outcome.DELIVERED, TestClock.now());
        // 10 days after receipt: inside the extended deadline and the 30-day target
        assertThat(closed.getOnTimeLegal()).isTrue();
        assertThat(closed.getOnTimeTarget()).isTrue();
        PrivacyCase late = deadlines.close(kase.getCaseNumber(), PrivacyCase.Outcome.DELIVERED,
                TestClock.now().plus(Duration.ofDays(25)));
        assertThat(late.getOnTimeTarget()).isFalse();
        assertThat(late.getOnTimeLegal()).isTrue();
    }

    @Test
    void thePauseNeverUndoesAnExtensionAndAnExtensionKeepsThePausedDays() {
        CaseDeadlines pausing = new CaseDeadlines(repository, new LegalDeadlines(properties(true)), properties(true),
                TestClock.clock());
        ZonedDateTime received = TestClock.now().atZone(LegalDeadlines.HELSINKI).minusDays(12);
        Instant asked = received.plusMinutes(5).toInstant();
        Instant signed = received.plusDays(4).toInstant();

        // extended while identity was being verified, then verified: the extension stays, the pause adds to it
        PrivacyCase first = open(received);
        // in a transaction, as the service's proxy would run it: this instance is made here, not by Spring
        transactions.executeWithoutResult(t -> pausing.extend(first.getCaseNumber(), 2,
                PrivacyCase.ExtensionGround.COMPLEXITY, "A great deal of data", "dpo"));
        LocalDate extended = registry.byNumber(first.getCaseNumber()).getLegalDeadline();
        assertThat(registry.byNumber(first.getCaseNumber()).getExtensionMonths()).isEqualTo(2);
        transactions.executeWithoutResult(t -> pausing.applyIdentityPause(first.getCaseNumber(), asked, signed));
        PrivacyCase both = registry.byNumber(first.getCaseNumber());
        assertThat(both.getIdentityPausedDays()).isEqualTo(4);
        // the paused days count from the extended date before it is moved past holidays, and never move it earlier
        LegalDeadlines law = new LegalDeadlines(properties(true));
        LocalDate expected = law.calendar().nextWorkingDay(law.extendedDeadline(
                LegalDeadlines.receiptDate(received.toInstant()), 2).date().plusDays(4));
        assertThat(both.getLegalDeadline()).isEqualTo(expected.isAfter(extended) ? expected : extended)
                .isAfter(registry.byNumber(first.getCaseNumber()).getReceivedAt().atZone(LegalDeadlines.HELSINKI)
                        .toLocalDate().plusMonths(3).minusDays(1));

        // verified, then extended: the extension counts the paused days too
        PrivacyCase second = open(received);
        transactions.executeWithoutResult(t -> pausing.applyIdentityPause(second.getCaseNumber(), asked, signed));
        transactions.executeWithoutResult(t -> pausing.extend(second.getCaseNumber(), 2,
                PrivacyCase.ExtensionGround.COMPLEXITY, "A great deal of data", "dpo"));
        assertThat(registry.byNumber(second.getCaseNumber()).getLegalDeadline())
                .isEqualTo(both.getLegalDeadline());
    }
}
