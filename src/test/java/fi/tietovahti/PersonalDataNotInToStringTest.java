package fi.tietovahti;

import fi.tietovahti.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.identity.IdentityVerificationProvider;
import fi.tietovahti.identity.IdentityVerificationService;
import fi.tietovahti.identity.SignedCallbacks;
import fi.tietovahti.registers.DataSubject;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records that carry a person's name, contacts or identity code print ids only: a log line that includes one by
 * accident (a debug statement, a framework's error message) carries nobody's data.
 */
class PersonalDataNotInToStringTest {

    private static final PersonalIdentityCode CODE = PersonalIdentityCode.parse("010594Y9032");

    @Test
    void recordsHoldingPersonalDataPrintIdsOnly() {
        Instant now = TestClock.now();
        var printed = java.util.List.of(
                new SignedCallbacks.SignedEvent("evt-1", "sim-1", "TV-2026-000001", "Aino Virtanen", CODE).toString(),
                new IdentityVerificationService.VerifiedIdentity(7, "Aino Virtanen", CODE, now, now).toString(),
                new PrivacyRequests.Registration(now, "fi", PrivacyCase.Channel.EMAIL, "Aino Virtanen",
                        "aino@example.com", "+358401234567", false).toString(),
                new DataSubject(Set.of(1L), Set.of(2L), Set.of("aino@example.com")).toString(),
                new IdentityVerificationProvider.SigningRequestSpec("TV-2026-000001", "aino@example.com", "fi",
                        URI.create("http://localhost/cb"), now).toString());
        assertThat(printed).allSatisfy(text -> assertThat(text).doesNotContain("Aino", "Virtanen", "aino@example.com",
                "+358401234567", "010594Y", "9032"));
        assertThat(printed.get(0)).contains("evt-1", "sim-1");
        assertThat(printed.get(3)).contains("personIds=[1]");
    }
}
