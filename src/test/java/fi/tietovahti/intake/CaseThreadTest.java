package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A reply finds its case by our Message-IDs, else by the case number in the subject; anything else is new. */
class CaseThreadTest {

    private static InboundMessage message(String headers) {
        return InboundMessage.read((headers + "\r\n\r\nbody\r\n").replace("\n", "\r\n").replace("\r\r", "\r")
                .getBytes(StandardCharsets.UTF_8), InboundMessage.Limits.DEFAULT);
    }

    @Test
    void aReplyToOurLetterNamesItsCase() {
        assertThat(CaseThread.caseNumberOf(message("""
                From: aino@example.com
                Subject: Re: vastaus
                In-Reply-To: <TV-2026-000123.9b1c2d3e@hekaoy.fi>"""), "hekaoy.fi")).contains("TV-2026-000123");
        // a longer thread: the nearest of our letters counts
        assertThat(CaseThread.caseNumberOf(message("""
                From: aino@example.com
                Subject: Re: Re: vastaus
                References: <TV-2026-000100.aa@hekaoy.fi> <x@example.com> <TV-2026-000123.bb@hekaoy.fi>"""),
                "hekaoy.fi")).contains("TV-2026-000123");
    }

    @Test
    void someoneElsesMessageIdDoesNotCountButTheSubjectDoes() {
        assertThat(CaseThread.caseNumberOf(message("""
                From: aino@example.com
                Subject: Kysymys
                In-Reply-To: <TV-2026-000123.spoof@example.com>"""), "hekaoy.fi")).isEmpty();
        assertThat(CaseThread.caseNumberOf(message("""
                From: aino@example.com
                Subject: Lisätietoa asiaan tv-2026-000042"""), "hekaoy.fi")).contains("TV-2026-000042");
        assertThat(CaseThread.caseNumberOf(message("""
                From: aino@example.com
                Subject: Uusi pyyntö"""), "hekaoy.fi")).isEmpty();
    }
}
