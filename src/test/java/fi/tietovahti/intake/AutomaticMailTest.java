package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Raw messages as mail systems send them: only a person's mail may become a case or an answer. */
class AutomaticMailTest {

    private static final List<String> OWN = List.of("tietosuoja@hekaoy.fi");

    private static AutomaticMail.Verdict classify(String raw) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        return AutomaticMail.classify(m, OWN);
    }

    @Test
    void aPersonsRequestIsAPersons() throws Exception {
        AutomaticMail.Verdict v = classify("""
                Return-Path: <aino@example.com>
                From: Aino Virtanen <aino@example.com>
                To: tietosuoja@hekaoy.fi
                Subject: Tarkastuspyyntö
                Message-ID: <abc@example.com>
                Content-Type: text/plain; charset=UTF-8

                Hei, haluan tietää mitä tietoja minusta on.
                """);
        assertThat(v.kind()).isEqualTo(AutomaticMail.Kind.PERSON);
        assertThat(v.isAutomatic()).isFalse();
    }

    @Test
    void anOutOfOfficeReplyIsNotAnswered() throws Exception {
        AutomaticMail.Verdict v = classify("""
                From: Aino Virtanen <aino@example.com>
                To: tietosuoja@hekaoy.fi
                Subject: Automaattinen vastaus: TV-2026-000001 Tarkastuspyyntösi on vastaanotettu
                Auto-Submitted: auto-replied
                X-Auto-Response-Suppress: All
                Content-Type: text/plain; charset=UTF-8

                Olen lomalla 1.12. asti.
                """);
        assertThat(v.kind()).isEqualTo(AutomaticMail.Kind.AUTO_REPLY);
        assertThat(v.reason()).contains("auto-replied");
    }

    @Test
    void aMailingListAndBulkMailAreNotCases() throws Exception {
        assertThat(classify("""
                From: Asukasyhdistys <lista@example.org>
                To: tietosuoja@hekaoy.fi
                Subject: Kuukausitiedote
                List-Id: <tiedote.example.org>
                List-Unsubscribe: <mailto:leave@example.org>

                Tiedote.
                """).kind()).isEqualTo(AutomaticMail.Kind.MAILING_LIST);
        assertThat(classify("""
                From: Kauppa <news@example.org>
                To: tietosuoja@hekaoy.fi
                Subject: Tarjous
                Precedence: bulk

                Osta.
                """).kind()).isEqualTo(AutomaticMail.Kind.MAILING_LIST);
    }

    @Test
    void ourOwnLetterComingBackIsOurOwn() throws Exception {
        assertThat(classify("""
                From: Helsingin kaupungin asunnot Oy (Heka) <TIETOSUOJA@hekaoy.fi>
                To: tietosuoja@hekaoy.fi
                Subject: TV-2026-000001 Tarkastuspyyntösi on vastaanotettu

                Hei.
                """).kind()).isEqualTo(AutomaticMail.Kind.OWN_MAIL);
    }

    @Test
    void aBounceOfOurLetterNamesTheLetter() throws Exception {
        AutomaticMail.Verdict v = classify("""
                Return-Path: <>
                From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
                To: tietosuoja@hekaoy.fi
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                The mail system could not deliver your message to aino@example.invalid.

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com
                Final-Recipient: rfc822; aino@example.invalid
                Action: failed
                Status: 5.1.1

                --b1
                Content-Type: text/rfc822-headers

                From: tietosuoja@hekaoy.fi
                To: aino@example.invalid
                Subject: TV-2026-000001 Tarkastuspyyntösi on vastaanotettu
                Message-ID: <TV-2026-000001.1f2e3d4c@hekaoy.fi>

                --b1--
                """);
        assertThat(v.kind()).isEqualTo(AutomaticMail.Kind.BOUNCE);
        assertThat(v.bouncedMessageId()).contains("<TV-2026-000001.1f2e3d4c@hekaoy.fi>");
    }

    @Test
    void anEmptyReturnPathIsAMailSystemEvenWithoutAReport() throws Exception {
        AutomaticMail.Verdict v = classify("""
                Return-Path: <>
                From: postmaster@example.com
                To: tietosuoja@hekaoy.fi
                Subject: Delivery delayed

                Still trying.
                """);
        assertThat(v.kind()).isEqualTo(AutomaticMail.Kind.BOUNCE);
        assertThat(v.bouncedMessageId()).isEmpty();
    }
}
