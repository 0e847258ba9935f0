package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Broken and hostile messages are read as far as they can be; nothing throws, every problem is named. */
class InboundMessageTest {

    private static InboundMessage read(String raw) {
        return InboundMessage.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                InboundMessage.Limits.DEFAULT);
    }

    @Test
    void aReplyToACaseKeepsItsThreadingHeaders() {
        InboundMessage m = read("""
                From: =?UTF-8?Q?Aino_Virtanen?= <aino@example.com>
                To: tietosuoja@hekaoy.fi
                Subject: =?UTF-8?Q?Re:_TV-2026-000001_Tarkastuspyynt=C3=B6si?=
                Message-ID: <reply-1@example.com>
                In-Reply-To: <TV-2026-000001.1f2e@hekaoy.fi>
                References: <TV-2026-000001.1f2e@hekaoy.fi>
                Content-Type: text/plain; charset=UTF-8

                Kiitos, tässä lisätietoa.
                """);
        assertThat(m.fromAddress()).isEqualTo("aino@example.com");
        assertThat(m.fromName()).isEqualTo("Aino Virtanen");
        assertThat(m.subject()).isEqualTo("Re: TV-2026-000001 Tarkastuspyyntösi");
        assertThat(m.inReplyTo()).isEqualTo("<TV-2026-000001.1f2e@hekaoy.fi>");
        assertThat(m.text()).contains("lisätietoa");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void anHtmlOnlyMessageWithAFormAttached() {
        String docx = Base64.getMimeEncoder().encodeToString("PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1));
        InboundMessage m = read("""
                From: aino@example.com
                Subject: Pyyntö
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="x"

                --x
                Content-Type: text/html; charset=UTF-8

                <p>Liitteenä lomake.</p>
                --x
                Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="lomake.docx"
                Content-Disposition: attachment; filename="lomake.docx"
                Content-Transfer-Encoding: base64

                %s
                --x--
                """.formatted(docx));
        assertThat(m.text()).isNull();
        assertThat(m.html()).contains("Liitteenä lomake");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("lomake.docx");
            assertThat(a.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        });
    }

    @Test
    void aWrongCharsetIsReadAnywayAndSaidSo() {
        byte[] raw = ("From: aino@example.com\r\nSubject: test\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\n"
                + "Hyvää päivää").getBytes(StandardCharsets.UTF_8);
        InboundMessage m = InboundMessage.read(raw, InboundMessage.Limits.DEFAULT);
        assertThat(m.text()).isEqualTo("Hyvää päivää");
        assertThat(m.problems()).anyMatch(p -> p.contains("unknown character set"));
        byte[] latin = ("From: aino@example.com\r\nSubject: test\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hyvää päivää").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InboundMessage.read(latin, InboundMessage.Limits.DEFAULT).text()).isNotEmpty();
    }

    @Test
    void malformedMimeMissingHeadersAndEmptyMessagesAreProblemsNotCrashes() {
        InboundMessage broken = read("""
                Subject: no sender
                Content-Type: multipart/mixed; boundary="never-closed"

                --never-closed
                Content-Type: text/plain

                half a message
                """);
        assertThat(broken.problems()).anyMatch(p -> p.contains("no sender"));
        assertThat(InboundMessage.read(new byte[0], InboundMessage.Limits.DEFAULT).problems())
                .containsExactly("the message is empty");
        // a request in the subject alone is a message; nothing at all is a problem
        assertThat(read("From: a@example.com\nSubject: Subject access request\n\n").problems()).isEmpty();
        assertThat(read("From: a@example.com\nSubject: \n\n").problems())
                .anyMatch(p -> p.contains("neither a subject nor a text"));
        assertThat(read("From: <<<not an address\nSubject: x\n\nhello").problems())
                .anyMatch(p -> p.contains("sender"));
    }

    @Test
    void anAttachmentThatCannotBeDecodedIsListedAsItCameAndSaidSo() {
        InboundMessage m = read("""
                From: aino@example.com
                Subject: liite
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                Liitteenä kuva.
                --b
                Content-Type: image/jpeg; name="kuva.jpg"
                Content-Disposition: attachment; filename="kuva.jpg"
                Content-Transfer-Encoding: base64

                /9j/4AAQ###not base64 at all***=
                --b--
                """);
        assertThat(m.text()).contains("Liitteenä kuva");
        assertThat(m.attachments()).extracting(InboundMessage.Attachment::fileName).containsExactly("kuva.jpg");
        assertThat(m.problems()).anyMatch(p -> p.contains("'kuva.jpg' cannot be decoded"));
    }

    @Test
    void a25MegabyteAttachmentAndTooManyAttachmentsAreNotRead() {
        StringBuilder raw = new StringBuilder("From: aino@example.com\nSubject: big\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nsee attached\n");
        raw.append("--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"scan.pdf\"\n"
                + "Content-Transfer-Encoding: base64\n\n");
        raw.append(Base64.getMimeEncoder().encodeToString(new byte[25 * 1024 * 1024])).append("\n");
        for (int i = 0; i < 11; i++) {
            raw.append("--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=\"n").append(i)
                    .append(".txt\"\n\nnote ").append(i).append("\n");
        }
        raw.append("--b--\n");
        InboundMessage m = read(raw.toString());
        assertThat(m.text()).contains("see attached");
        assertThat(m.problems()).anyMatch(p -> p.contains("'scan.pdf' is larger than 20 MB"))
                .anyMatch(p -> p.contains("more than 10 attachments"));
        assertThat(m.attachments()).hasSize(9).noneMatch(a -> a.fileName().equals("scan.pdf"));
    }
}
