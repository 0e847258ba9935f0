package fi.tietovahti.intake;

import fi.tietovahti.processes.MailTriageProcess;
import fi.tietovahti.processes.PrivacyRequestProcess;

import fi.tietovahti.testsupport.TestClock;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.request.RequestDoors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.request.RequestDriver;
import fi.tietovahti.testsupport.Mailbox;
import fi.tietovahti.testsupport.TestInfrastructure;
import fi.tietovahti.testsupport.TietovahtiTest;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy mailbox read end to end: messages delivered into GreenMail's inbox, the poller taking them over IMAP,
 * each ending as one case, one message to a running case, or one triage task, on the real engine and PostgreSQL.
 * The mailbox's own counts prove that nothing was lost or taken twice.
 */
@TietovahtiTest
class MailIntakeIT {

    @Autowired
    org.camunda.bpm.engine.HistoryService history;
    @Autowired
    MailboxPoller poller;
    @Autowired
    MailIntake intake;
    @Autowired
    fi.tietovahti.mail.MailProperties mailProperties;
    @Autowired
    IntakeProperties intakeProperties;
    @Autowired
    org.springframework.beans.factory.BeanFactory beanFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    fi.tietovahti.mail.MailTokens tokens;
    @Autowired
    MailboxHealth mailboxHealth;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identityService;
    @Autowired
    FormService forms;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    RequestDriver driver;

    @BeforeEach
    void emptyMailbox() throws Exception {
        Mailbox.empty();
        driver = new RequestDriver(runtime, management, tasks, identityService, forms, history);
    }

    @AfterEach
    void noCrashHook() {
        poller.setCheckpoint(null);
    }

    @AfterEach
    void nothingPersonalInTheEnginesHistory() {
        assertThat(jdbc.queryForObject("""
                select count(*) from act_hi_varinst where name_ like 'sensitive%'""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from act_hi_detail where name_ like 'sensitive%'""", Integer.class)).isZero();
    }

    /** What a message of the battery must become. */
    record Expected(String label, Mails mail, MailIntake.Route route, String triageKind) {
    }

    @Test
    void aBatteryOfRealisticMessagesEachEndsWhereItShouldAndNothingIsLostOrDoubled() throws Exception {
        List<Expected> battery = new ArrayList<>();
        Map<String, String[]> words = Map.of(
                "fi", new String[] {"Tarkastuspyyntö", "Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Ystävällisin terveisin Aino",
                        "Tietojen poisto", "Pyydän poistamaan kaikki tietoni, koska muutin pois jo vuosia sitten. Kiitos",
                        "Virheelliset tiedot", "Hei, puhelinnumeroni on virheellinen, pyydän oikaisemaan sen. Terveisin",
                        "Käsittelyn rajoittaminen", "Pyydän rajoittamaan tietojeni käsittelyä kunnes asia on selvitetty. Kiitos",
                        "Siirto-oikeus", "Haluan käyttää siirto-oikeutta ja saada tietoni koneluettavassa muodossa. Kiitos",
                        "Uutiskirje", "Hei, en halua enää uutiskirjettä, peru tilaus. Kiitos"},
                "sv", new String[] {"Registerutdrag", "Hej, jag vill ha ett registerutdrag över mina uppgifter. Med vänliga hälsningar",
                        "Radering", "Hej, jag begär radering av mina uppgifter. Tack",
                        "Rättelse", "Hej, min adress är felaktig och jag vill att ni rättar den. Tack",
                        "Begränsning", "Jag begär att ni begränsar behandlingen av mina uppgifter. Tack",
                        "Dataportabilitet", "Jag vill använda min rätt till dataportabilitet. Tack",
                        "Nyhetsbrev", "Hej, jag vill avbeställa nyhetsbrevet. Tack"},
                "en", new String[] {"Subject access request", "Dear Heka, I would like a copy of my personal data. Thank you",
                        "Please delete my data", "I moved out in 2019 and would like you to erase my data. Regards",
                        "Wrong phone number", "Hello, my phone number is wrong, please correct my details. Thanks",
                        "Restriction of processing", "Please restrict the processing of my data until this is resolved. Thanks",
                        "Data portability", "I would like my data in a machine-readable format (portability). Thanks",
                        "Unsubscribe", "Please unsubscribe me from the newsletter. Thanks"});
        String[] types = {"ACCESS", "ERASURE", "RECTIFICATION", "RESTRICTION", "PORTABILITY", "OBJECTION"};
        int n = 0;
        for (String language : List.of("fi", "sv", "en")) {
            for (int t = 0; t < types.length; t++) {
                String subject = words.get(language)[2 * t];
                String text = words.get(language)[2 * t + 1];
                // the rights with a process start it; the others go to a handler until theirs exist
                boolean access = RequestDoors.automated(PrivacyCase.Type.valueOf(types[t]));
                MailIntake.Route route = access ? MailIntake.Route.NEW_CASE : MailIntake.Route.TRIAGE;
                String kind = access ? null : "NOT_AUTOMATED";
                String who = "resident" + (n++);
                battery.add(new Expected(types[t] + " " + language + " plain", Mails.message("plain-" + who)
                        .from("Asukas " + who, who + "@example.com").subject(subject).text(text), route, kind));
                battery.add(new Expected(types[t] + " " + language + " html only", Mails.message("html-" + who)
                        .from("Asukas " + who, who + "@example.net").subject(subject)
                        .html("<html><head><style>p{color:red}</style></head><body><p>" + text
                                + "</p><script>alert(1)</script></body></html>"), route, kind));
                byte[] form = RequestForms.fill(Files.readAllBytes(Path.of("templates/request-form-" + language
                        + ".docx")), Map.of(RequestFormReader.TYPE, RequestForms.TEXTS.get(language).types()
                        .get(types[t]), RequestFormReader.NAME, "Lomake " + who, RequestFormReader.EMAIL,
                        who + "@example.org", RequestFormReader.LANGUAGE, language,
                        RequestFormReader.IDENTITY_CODE, "010594Y9032"));
                battery.add(new Expected(types[t] + " " + language + " form", Mails.message("form-" + who)
                        .from("Asukas " + who, who + ".sender@example.org").subject("Lomake / form")
                        .text("Liitteenä lomake.").docx("tietosuojapyynto.docx", form), route, kind));
            }
        }
        battery.add(new Expected("forwarded", Mails.message("forwarded").subject("VL: Tarkastuspyyntö")
                .text("---------- Välitetty viesti ----------\nHaluan saada tietää mitä henkilötietoja minusta on."),
                MailIntake.Route.TRIAGE, "FORWARDED"));
        battery.add(new Expected("several requests", Mails.message("several").subject("Request")
                .text("Please send me a copy of my data and then delete my data. Thanks"), MailIntake.Route.TRIAGE,
                "UNCLEAR"));
        battery.add(new Expected("complaint", Mails.message("complaint").subject("Valitus")
                .text("Teen valituksen siitä, että tietojani on käsitelty väärin."), MailIntake.Route.TRIAGE, "UNCLEAR"));
        battery.add(new Expected("unrelated question", Mails.message("tap").subject("Vesihana vuotaa")
                .text("Hei, keittiön hana vuotaa, voisiko huoltomies tulla korjaamaan sen? Kiitos"),
                MailIntake.Route.TRIAGE, "UNCLEAR"));
        battery.add(new Expected("scanned PDF", Mails.message("scan").subject("Lomake").text("")
                .attach("skannaus.pdf", "application/pdf", "%PDF-1.4 scanned image".getBytes()),
                MailIntake.Route.TRIAGE, "UNCLEAR"));
        battery.add(new Expected("auto-reply", Mails.message("ooo").subject("Poissa / Out of office")
                .text("Olen lomalla.").header("Auto-Submitted", "auto-replied"), MailIntake.Route.TRIAGE, "AUTOMATIC"));
        battery.add(new Expected("mailing list", Mails.message("list").from("Asukasyhdistys", "lista@example.org")
                .subject("Kuukausitiedote").text("Tiedote: tarkastuspyyntö-ilta tiistaina.")
                .header("List-Id", "<tiedote.example.org>"), MailIntake.Route.TRIAGE, "AUTOMATIC"));
        battery.add(new Expected("our own mail", Mails.message("own").from("Heka", "tietosuoja@hekaoy.fi")
                .subject("Tarkastuspyyntö").text("Testi"), MailIntake.Route.TRIAGE, "AUTOMATIC"));
        battery.add(new Expected("a bounce naming no letter of ours", Mails.message("bounce-unknown")
                .from("Mail Delivery System", "mailer-daemon@example.com").subject("Undelivered Mail")
                .text("Delivery failed.").header("Return-Path", "<>"), MailIntake.Route.TRIAGE, "BOUNCE"));
        battery.add(new Expected("25 MB attachment", Mails.message("big").subject("Tarkastuspyyntö")
                .text("Haluan saada tietää mitä henkilötietoja minusta on. Liitteenä kuvat.")
                .attach("kuvat.zip", "application/zip", new byte[25 * 1024 * 1024]), MailIntake.Route.TRIAGE,
                "UNREADABLE"));
        byte[] shipped = Files.readAllBytes(Path.of("templates/request-form-fi.docx"));
        battery.add(new Expected("form with an external entity", Mails.message("xxe").subject("Lomake").text("Liite.")
                .docx("lomake.docx", RequestForms.rewrite(shipped, "word/document.xml", xml -> xml.replaceFirst("\\?>",
                        "?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"))),
                MailIntake.Route.TRIAGE, "UNREADABLE_FORM"));
        battery.add(new Expected("zip bomb", Mails.message("bomb").subject("Lomake").text("Liite.")
                .docx("lomake.docx", RequestForms.zipBomb()), MailIntake.Route.TRIAGE, "UNREADABLE_FORM"));
        battery.add(new Expected("two forms", Mails.message("two-forms").subject("Lomakkeet").text("Liitteet.")
                .docx("a.docx", shipped).docx("b.docx", shipped), MailIntake.Route.TRIAGE, "SEVERAL_FORMS"));
        List<byte[]> raw = new ArrayList<>();
        for (Expected e : battery) {
            raw.add(e.mail().bytes());
        }
        // what no client writes: broken MIME, an unknown charset, no From, nothing at all
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("<broken-mime@example.com>", Mails.raw("""
                From: Aino <aino@example.com>
                Subject: Tarkastuspyyntö
                Message-ID: <broken-mime@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="abc"

                --abc
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                !!!not base64!!!
                --abc
                Content-Type: application/octet-stream; name="x.bin"
                Content-Transfer-Encoding: base64

                AAAA
                """));
        broken.put("<charset@example.com>", Mails.raw("""
                From: Aino <aino@example.com>
                Subject: Tarkastuspyyntö
                Message-ID: <charset@example.com>
                Content-Type: text/plain; charset=x-klingon

                Haluan saada tietää mitä henkilötietoja minusta on.
                """));
        broken.put("<no-from@example.com>", Mails.raw("""
                Subject: Tarkastuspyyntö
                Message-ID: <no-from@example.com>
                Content-Type: text/plain; charset=UTF-8

                Haluan saada tietää mitä henkilötietoja minusta on.
                """));
        broken.put("<empty@example.com>", Mails.raw("""
                From: Aino <aino@example.com>
                Subject:
                Message-ID: <empty@example.com>

                """));
        for (byte[] b : broken.values()) {
            raw.add(b);
        }
        // the same message delivered twice, and again with a header a relay added: the same Message-ID
        byte[] first = raw.get(0);
        raw.add(first);
        raw.add(concat("Received: from relay.example.com by mx.hekaoy.fi; Fri, 27 Nov 2026 10:00:00 +0200\r\n",
                first));
        Mailbox.deliver(raw);
        int delivered = raw.size();
        int rowsBefore = jdbc.queryForObject("select count(*) from tietovahti.inbound_mail", Integer.class);
        int distinct = battery.size() + broken.size();
        assertThat(Mailbox.count("INBOX")).isEqualTo(delivered);
        List<MailIntake.Taken> taken = pollUntilEmpty();

        assertThat(taken).hasSize(delivered);
        assertThat(Mailbox.count("INBOX")).as("inbox after the polls").isZero();
        assertThat(Mailbox.count(Mailbox.PROCESSED)).as("every delivery moved once").isEqualTo(delivered);
        assertThat(taken.stream().filter(t -> t.route() == MailIntake.Route.ALREADY_TAKEN)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.inbound_mail", Integer.class))
                .isEqualTo(rowsBefore + distinct);

        for (Expected e : battery) {
            Map<String, Object> row = row(e.mail().messageId());
            assertThat(row.get("route")).as(e.label() + " " + row).isEqualTo(e.route().name());
            if (e.route() == MailIntake.Route.NEW_CASE) {
                String caseNumber = (String) row.get("case_number");
                assertThat(caseNumber).as(e.label()).matches("TV-\\d{4}-\\d{6}");
                assertThat(jdbc.queryForObject("select channel from tietovahti.privacy_case where case_number = ?",
                        String.class, caseNumber)).isEqualTo("EMAIL");
                assertThat(jdbc.queryForObject("select decided_by from tietovahti.privacy_case where case_number = ?",
                        String.class, caseNumber)).as(e.label()).contains(e.label().contains("form")
                        ? "request form" : "classifier: " + e.label().split(" ")[0].toLowerCase(java.util.Locale.ROOT));
                assertThat(jdbc.queryForObject("select case_type from tietovahti.privacy_case where case_number = ?",
                        String.class, caseNumber)).as(e.label()).isEqualTo(e.label().split(" ")[0]);
                Map<String, Object> kase = jdbc.queryForMap("""
                        select requester_email, sender_address, stated_identity_code from tietovahti.privacy_case
                        where case_number = ?""", caseNumber);
                if (e.label().contains("form")) {
                    // the form's address is answered, the sender's kept beside it; the code is a hint for matching
                    assertThat((String) kase.get("requester_email")).as(e.label()).doesNotContain(".sender@");
                    assertThat((String) kase.get("sender_address")).as(e.label()).contains(".sender@example.org");
                    assertThat(kase.get("stated_identity_code")).as(e.label()).isEqualTo("010594Y9032");
                } else {
                    assertThat(kase.get("sender_address")).as(e.label()).isNull();
                    assertThat(kase.get("stated_identity_code")).as(e.label()).isNull();
                }
            } else {
                String instance = (String) row.get("process_instance_id");
                assertThat(runtime.getVariable(instance, "triageKind")).as(e.label()).isEqualTo(e.triageKind());
                assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(MailTriageProcess.Element.TRIAGE_MESSAGE)
                        .count()).as(e.label()).isEqualTo(1);
            }
        }
        for (String id : broken.keySet()) {
            Map<String, Object> row = row(id);
            assertThat(row.get("route")).as(id).isEqualTo("TRIAGE");
            assertThat(runtime.getVariable((String) row.get("process_instance_id"), "triageKind")).as(id)
                    .isEqualTo("UNREADABLE");
            assertThat((String) row.get("problems")).as(id).isNotBlank();
            // the handler's task shows why the message is there (the task is made before the mail's row is final)
            org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery()
                    .processInstanceId((String) row.get("process_instance_id")).singleResult();
            assertThat((String) tasks.getVariableLocal(task.getId(), "sensitiveMailProblems")).as(id)
                    .isNotBlank().doesNotContain("(none)");
        }
        // the originals are kept as received, the 25 MB one too; only attachments within the limits are stored
        Map<String, Object> big = row("<big@example.com>");
        assertThat((Integer) big.get("size_bytes")).isGreaterThan(25 * 1024 * 1024);
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.inbound_attachment where inbound_mail_id = ?",
                Integer.class, big.get("id"))).isZero();
        assertThat((String) big.get("problems")).contains("larger than 20 MB");

        // the requests started: each acknowledged in its language; automatic mail never answered
        int cases = (int) battery.stream().filter(e -> e.route() == MailIntake.Route.NEW_CASE).count();
        long automated = java.util.Arrays.stream(PrivacyCase.Type.values()).filter(RequestDoors::automated).count();
        assertThat(cases).as("each right with a process, 3 languages, 3 forms of mail").isEqualTo(9 * automated)
                .isGreaterThanOrEqualTo(9 * 3);
        for (Expected e : battery) {
            if (e.route() == MailIntake.Route.NEW_CASE) {
                driver.runJobsExcept((String) row(e.mail().messageId()).get("process_instance_id"), PrivacyRequestProcess.Element.MATCH_SUBJECT);
            }
        }
        List<String> started = battery.stream().filter(e -> e.route() == MailIntake.Route.NEW_CASE)
                .map(e -> (String) row(e.mail().messageId()).get("case_number")).toList();
        for (String caseNumber : started) {
            assertThat(jdbc.queryForList("""
                    select subject from tietovahti.mail_outbox where case_number = ? and status = 'SENT' order by id""",
                    String.class, caseNumber)).as("the acknowledgement and the invitation to sign of " + caseNumber)
                    .hasSize(2);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.mail_outbox where lower(recipient) in
                ('lista@example.org', 'mailer-daemon@example.com', 'tietosuoja@hekaoy.fi')""", Integer.class)).isZero();
    }

    /** A poller like the service's, reading at most {@code maxFetch} messages a poll into {@code processedFolder}. */
    private MailboxPoller poller(String processedFolder, int maxFetch, MailboxHealth health) {
        fi.tietovahti.mail.MailProperties.Imap imap = mailProperties.imap();
        fi.tietovahti.mail.MailProperties mail = new fi.tietovahti.mail.MailProperties(mailProperties.smtp(),
                new fi.tietovahti.mail.MailProperties.Imap(imap.host(), imap.port(), imap.username(), imap.password(),
                        imap.protocol(), imap.folder(), processedFolder, imap.starttls(), imap.auth()),
                mailProperties.messageIdDomain(), mailProperties.outbox(), mailProperties.tls(),
                mailProperties.oauth2());
        IntakeProperties p = intakeProperties;
        return new MailboxPoller(intake, mail, new IntakeProperties(p.mode(), p.pollEvery(), maxFetch, p.workers(),
                p.maxMessageBytes(), p.maxAttachments(), p.maxAttachmentBytes()), beanFactory, tokens, health);
    }

    private static Mails request(String label) {
        return Mails.message(label).from("Eero Esimerkki", label + "@example.com").subject("Tarkastuspyyntö")
                .text("Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Terveisin Eero");
    }

    @Test
    void theProcessedFolderIsWrittenWithTheServersSeparatorAndCreatedWhereMissing() throws Exception {
        // GreenMail's hierarchy separator is '.', as Dovecot's Maildir: "a/b/c" is a.b.c there, created on first use
        MailboxPoller nested = poller("Tietovahti/Processed/2026", 50, new MailboxHealth(TestClock.clock()));
        try {
            Mailbox.deliver(request("nested").bytes());
            assertThat(nested.pollOnce().taken()).hasSize(1);
        } finally {
            nested.destroy();
        }
        assertThat(Mailbox.count("INBOX")).isZero();
        assertThat(Mailbox.count("Tietovahti.Processed.2026")).isEqualTo(1);
        assertThat(Mailbox.count("Tietovahti/Processed/2026")).as("no folder with slashes in its name").isZero();
    }

    @Test
    void aMoveThatFailsIsLoudAndTakenMessagesNeverHoldBackNewOnes() throws Exception {
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        // the server refuses this folder ("Invalid namespace"): every move fails
        MailboxPoller stuck = poller("#shared/Processed", 3, health);
        List<String> ids = new ArrayList<>();
        try {
            List<byte[]> first = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Mails m = request("stuck-" + i);
                ids.add(m.messageId());
                first.add(m.bytes());
            }
            Mailbox.deliver(first);
            assertThat(stuck.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsOnly(MailIntake.Route.NEW_CASE).hasSize(3);
            assertThat(Mailbox.count("INBOX")).as("nothing moved").isEqualTo(3);
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.problem()).contains("3 messages already taken cannot be moved").contains("Processed");

            // two more arrive: with room for three a poll, the new ones come first, not the same three again
            Mails fourth = request("stuck-3");
            Mails fifth = request("stuck-4");
            Mailbox.deliver(List.of(fourth.bytes(), fifth.bytes()));
            MailboxPoller.Poll next = stuck.pollOnce();
            assertThat(next.taken()).filteredOn(t -> t.route() == MailIntake.Route.NEW_CASE).hasSize(2);
            assertThat(row(fourth.messageId()).get("route")).isEqualTo("NEW_CASE");
            assertThat(row(fifth.messageId()).get("route")).isEqualTo("NEW_CASE");
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        } finally {
            stuck.destroy();
        }
        // fixed: the next poll moves all five, once each, and the mailbox is healthy again
        MailboxPoller fixed = poller("Tietovahti/Processed", 50, health);
        try {
            assertThat(fixed.pollOnce().taken()).extracting(MailIntake.Taken::route)
                    .containsOnly(MailIntake.Route.ALREADY_TAKEN).hasSize(5);
        } finally {
            fixed.destroy();
        }
        assertThat(Mailbox.count("INBOX")).isZero();
        assertThat(Mailbox.count(Mailbox.PROCESSED)).isEqualTo(5);
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        for (String id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from tietovahti.inbound_mail where message_key = ?",
                    Integer.class, "id:" + id)).isEqualTo(1);
        }
    }

    @Test
    void aMailboxThatCannotBeReadIsDownInTheHealthEndpoint() throws Exception {
        MailboxHealth health = new MailboxHealth(TestClock.clock());
        fi.tietovahti.mail.MailProperties.Imap imap = mailProperties.imap();
        fi.tietovahti.mail.MailProperties wrong = new fi.tietovahti.mail.MailProperties(mailProperties.smtp(),
                new fi.tietovahti.mail.MailProperties.Imap(imap.host(), imap.port(), imap.username(), "wrong-password",
                        imap.protocol(), imap.folder(), imap.processedFolder(), imap.starttls(), imap.auth()),
                mailProperties.messageIdDomain(), mailProperties.outbox(), mailProperties.tls(),
                mailProperties.oauth2());
        MailboxPoller refused = new MailboxPoller(intake, wrong, intakeProperties, beanFactory, tokens, health);
        try {
            assertThatThrownBy(refused::pollOnce).isInstanceOf(Exception.class);
        } finally {
            refused.destroy();
        }
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.problem()).contains("cannot be read").contains("refused the login")
                .doesNotContain("wrong-password");
        // the service's own mailbox indicator is in the health endpoint
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\"");
    }

    @Test
    void aMessageTakenBeforeACrashIsRecognisedAfterTheRestartAndNotTakenTwice() throws Exception {
        Mails mail = Mails.message("crash").from("Eero Esimerkki", "eero@example.com").subject("Tarkastuspyyntö")
                .text("Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Terveisin Eero");
        Mailbox.deliver(mail.bytes());
        // the service stops right after the commit, before the message leaves the inbox
        poller.setCheckpoint(taken -> {
            throw new IllegalStateException("the service stopped here");
        });
        assertThatThrownBy(poller::pollOnce).hasMessageContaining("stopped here");
        poller.disconnect();

        Map<String, Object> row = row(mail.messageId());
        assertThat(row.get("route")).isEqualTo("NEW_CASE");
        assertThat(Mailbox.count("INBOX")).as("still in the inbox after the crash").isEqualTo(1);
        long casesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(RequestDoors.PROCESS_KEY).count();

        // the service starts again: a new poller with its own IMAP connection and nothing in memory
        MailboxPoller restarted = new MailboxPoller(intake, mailProperties, intakeProperties, beanFactory, tokens,
                mailboxHealth);
        MailboxPoller.Poll again;
        try {
            again = restarted.pollOnce();
        } finally {
            restarted.destroy();
        }

        assertThat(again.taken()).extracting(MailIntake.Taken::route).containsExactly(MailIntake.Route.ALREADY_TAKEN);
        assertThat(again.taken().get(0).inboundMailId()).isEqualTo(row.get("id"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RequestDoors.PROCESS_KEY).count())
                .isEqualTo(casesBefore);
        assertThat(Mailbox.count("INBOX")).isZero();
        assertThat(Mailbox.count(Mailbox.PROCESSED)).isEqualTo(1);
    }

    @Test
    void aMessageSentOverSmtpBecomesACaseAndARepliedWithdrawalClosesIt() throws Exception {
        GreenMailUtil.sendTextEmail(TestInfrastructure.MAILBOX, "Ville Vastaaja <ville@example.com>",
                "Subject access request", "Dear Heka, I would like a copy of my personal data. Thank you",
                TestInfrastructure.greenMail().getSmtp().getServerSetup());
        MailIntake.Taken taken = poller.pollOnce().taken().get(0);
        assertThat(taken.route()).isEqualTo(MailIntake.Route.NEW_CASE);
        String caseNumber = taken.reference();
        driver.runJobsExcept(taken.processInstanceId(), PrivacyRequestProcess.Element.MATCH_SUBJECT);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? and subject like '%received%'""",
                String.class, caseNumber);

        // the requester answers the acknowledgement: the running case gets it, no new case starts
        Mailbox.deliver(Mails.message("withdraw").from("Ville Vastaaja", "ville@example.com")
                .subject("Re: " + caseNumber + " Your request has been received")
                .header("In-Reply-To", acknowledgement).header("References", acknowledgement)
                .text("Please cancel my request, I no longer need it.").bytes());
        MailIntake.Taken reply = poller.pollOnce().taken().get(0);
        assertThat(reply.route()).isEqualTo(MailIntake.Route.CASE_REPLY);
        assertThat(reply.reference()).isEqualTo(caseNumber);
        Task read = driver.task(taken.processInstanceId(), PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE);
        assertThat((String) tasks.getVariableLocal(read.getId(), "sensitiveMailText")).contains("cancel my request");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RequestDoors.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);

        driver.completeAsHandler(taken.processInstanceId(), PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE,
                Map.of("requesterMessageAction", "WITHDRAWN"));

        assertThat(driver.instance(taken.processInstanceId())).isNull();
        assertThat(jdbc.queryForObject("select outcome from tietovahti.privacy_case where case_number = ?",
                String.class, caseNumber)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("""
                select count(*) from tietovahti.mail_outbox where case_number = ? and subject like '%withdrawn%'
                and status = 'SENT'""", Integer.class, caseNumber)).isEqualTo(1);

        // a later message about the closed case goes to a handler, never to a new case
        Mailbox.deliver(Mails.message("after-close").from("Ville Vastaaja", "ville@example.com")
                .subject("Re: " + caseNumber).text("Thanks!").bytes());
        MailIntake.Taken late = poller.pollOnce().taken().get(0);
        assertThat(late.route()).isEqualTo(MailIntake.Route.CASE_REPLY);
        assertThat(runtime.getVariable(late.processInstanceId(), "triageKind")).isEqualTo("REPLY_TO_CLOSED_CASE");
    }

    @Test
    void aBounceOfOurLetterMarksTheCaseAndAnAutoReplyIsKeptWithoutATask() throws Exception {
        Mailbox.deliver(Mails.message("to-bounce").from("Bruno Bounce", "bruno@example.com")
                .subject("Tarkastuspyyntö").text("Hei, haluan saada tietää mitä henkilötietoja minusta on. Terveisin")
                .bytes());
        MailIntake.Taken taken = poller.pollOnce().taken().get(0);
        driver.runJobsExcept(taken.processInstanceId(), PrivacyRequestProcess.Element.MATCH_SUBJECT);
        String acknowledgement = jdbc.queryForObject("""
                select message_id from tietovahti.mail_outbox where case_number = ? order by id limit 1""",
                String.class, taken.reference());

        Mailbox.deliver(Mails.message("ooo-case").from("Bruno Bounce", "bruno@example.com")
                .subject("Automaattinen vastaus: " + taken.reference()).header("Auto-Submitted", "auto-replied")
                .header("In-Reply-To", acknowledgement).text("Olen lomalla.").bytes());
        Mailbox.deliver(Mails.raw("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
                To: tietosuoja@hekaoy.fi
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.example.com>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Your message could not be delivered.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com
                Final-Recipient: rfc822; bruno@example.com
                Action: failed
                Status: 5.1.1

                --b
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: %s Tarkastuspyyntösi on vastaanotettu
                --b--
                """.formatted(acknowledgement, taken.reference())));

        List<MailIntake.Taken> both = poller.pollOnce().taken();

        assertThat(both).extracting(MailIntake.Taken::route)
                .containsExactly(MailIntake.Route.CASE_REPLY, MailIntake.Route.TRIAGE);
        assertThat(driver.instanceIds(taken.processInstanceId()).stream()
                .mapToLong(id -> tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(PrivacyRequestProcess.Element.READ_REQUESTER_MESSAGE)
                        .count()).sum()).as("no task for an out-of-office answer").isZero();
        assertThat(jdbc.queryForObject("select status from tietovahti.mail_outbox where message_id = ?", String.class,
                acknowledgement)).isEqualTo("BOUNCED");
        assertThat(rest.withBasicAuth("handler", "handler").getForObject("/api/access-requests/" + taken.reference(),
                Map.class)).containsEntry("letterDeliveryFailed", true)
                .hasEntrySatisfying("decidedBy", d -> assertThat((String) d).startsWith("classifier: access"));
        assertThat(runtime.getVariable(both.get(1).processInstanceId(), "caseNumber")).isEqualTo(taken.reference());
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.mail_outbox where recipient like '%mx.example%'",
                Integer.class)).as("a bounce is never answered").isZero();
    }

    @Test
    void aHandlerStartsTheRequestFoundInTriageOrAnswersTheSenderOrIsToldWhatIsMissing() throws Exception {
        Mailbox.deliver(Mails.message("triage-start").from("Kaisa Kysyjä", "kaisa@example.com").subject("Kysymys")
                .html("<p>Hei,</p><p>voisitteko <b>kertoa</b> miten käsittelette tietojani?<img src=\"http://evil/x\">"
                        + "<script>steal()</script></p><p>Henkilötunnukseni on 131052-308T.</p>").bytes());
        Mailbox.deliver(Mails.message("triage-reply").from("Olli Oma", "olli@example.com").subject("Vesihana vuotaa")
                .text("Hei, keittiön hana vuotaa, voisiko huoltomies tulla korjaamaan sen? Kiitos").bytes());
        List<MailIntake.Taken> taken = poller.pollOnce().taken();
        String toStart = taken.get(0).processInstanceId();
        String toReply = taken.get(1).processInstanceId();

        Task task = driver.task(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE);
        String shown = (String) tasks.getVariableLocal(task.getId(), "sensitiveMailText");
        assertThat(shown).contains("kertoa miten käsittelette tietojani").doesNotContain("<", "script", "steal",
                "evil");
        // a code the sender wrote is shown masked; the original message keeps it
        assertThat(shown).contains("131052-****").doesNotContain("131052-308T");
        assertThat(tasks.getVariableLocal(task.getId(), "sensitiveRequesterEmail")).isEqualTo("kaisa@example.com");

        Map<String, Object> incomplete = new HashMap<>(Map.of("triageDecision", "START_ACCESS_REQUEST",
                "sensitiveTriageNote", "Asks what is stored: an access request", "sensitiveRequesterEmail", "not an address"));
        assertThatThrownBy(() -> driver.completeAsHandler(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE, incomplete))
                .hasMessageContaining("valid email address");
        assertThat(driver.task(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE)).isNotNull();
        // through the REST API, as Tasklist sends it: refused input is a 400 with the reason, not a server failure
        Map<String, Object> asTasklistSends = new HashMap<>();
        incomplete.forEach((name, value) -> asTasklistSends.put(name, Map.of("value", value, "type", "String")));
        org.springframework.http.ResponseEntity<Map> refused = rest.withBasicAuth("handler", "handler").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", asTasklistSends), Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).contains("valid email address");
        assertThat(driver.task(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE).getId()).isEqualTo(task.getId());

        incomplete.put("sensitiveRequesterEmail", "kaisa@example.com");
        incomplete.put("requestType", "COMPLAINT");
        assertThatThrownBy(() -> driver.completeAsHandler(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE, incomplete))
                .hasMessageContaining("choose which request");
        incomplete.put("requestType", "ACCESS");
        driver.completeAsHandler(toStart, MailTriageProcess.Element.TRIAGE_MESSAGE, incomplete);
        String caseNumber = (String) jdbc.queryForObject("select case_number from tietovahti.inbound_mail where id = ?",
                String.class, taken.get(0).inboundMailId());
        assertThat(caseNumber).matches("TV-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForMap("""
                select handling, handled_by, handling_note from tietovahti.inbound_mail where id = ?""",
                taken.get(0).inboundMailId())).containsEntry("handling", "STARTED_ACCESS_REQUEST")
                .containsEntry("handled_by", "handler");
        assertThat(jdbc.queryForMap("select requester_name, case_type, request_details from tietovahti.privacy_case "
                + "where case_number = ?", caseNumber)).containsEntry("requester_name", "Kaisa Kysyjä")
                .containsEntry("case_type", "ACCESS")
                .hasEntrySatisfying("request_details", d -> assertThat((String) d).contains("miten käsittelette tietojani"));

        driver.completeAsHandler(toReply, MailTriageProcess.Element.TRIAGE_MESSAGE, Map.of("triageDecision", "REPLY", "requestLanguage", "fi",
                "sensitiveReplyText", "Hei, välitimme viestisi huoltoon {kiireellisenä}.",
                "sensitiveTriageNote", "Maintenance, not privacy"));
        Map<String, Object> letter = jdbc.queryForMap("""
                select recipient, in_reply_to, body, status from tietovahti.mail_outbox where case_number = ?""",
                "MAIL-" + taken.get(1).inboundMailId());
        assertThat(letter).containsEntry("recipient", "olli@example.com")
                .containsEntry("in_reply_to", "<triage-reply@example.com>").containsEntry("status", "SENT");
        assertThat((String) letter.get("body")).contains("välitimme viestisi huoltoon {kiireellisenä}");
        assertThat(TestInfrastructure.letter("MAIL-" + taken.get(1).inboundMailId(), "Vastaus")
                .getHeader("In-Reply-To")[0]).isEqualTo("<triage-reply@example.com>");

        Mailbox.deliver(Mails.message("triage-close").from("Lista", "lista@example.org").subject("Tiedote")
                .header("List-Id", "<tiedote.example.org>").text("Kuukausitiedote").bytes());
        MailIntake.Taken list = poller.pollOnce().taken().get(0);
        driver.completeAsHandler(list.processInstanceId(), MailTriageProcess.Element.TRIAGE_MESSAGE, Map.of("triageDecision", "CLOSE",
                "sensitiveTriageNote", "Newsletter of the residents' association"));
        assertThat(driver.instance(list.processInstanceId())).isNull();
        assertThat(jdbc.queryForMap("select handling, handling_note from tietovahti.inbound_mail where id = ?",
                list.inboundMailId())).containsEntry("handling", "CLOSED")
                .containsEntry("handling_note", "Newsletter of the residents' association");
        assertThat(jdbc.queryForObject("select count(*) from tietovahti.mail_outbox where recipient = 'lista@example.org'",
                Integer.class)).isZero();
    }

    private List<MailIntake.Taken> pollUntilEmpty() throws Exception {
        List<MailIntake.Taken> all = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            MailboxPoller.Poll poll = poller.pollOnce();
            if (poll.seen() == 0) {
                return all;
            }
            all.addAll(poll.taken());
        }
        throw new AssertionError("the inbox did not empty");
    }

    private Map<String, Object> row(String messageId) {
        return jdbc.queryForMap("select * from tietovahti.inbound_mail where message_key = ?", "id:" + messageId);
    }

    private static byte[] concat(String header, byte[] message) {
        byte[] h = header.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + message.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(message, 0, all, h.length, message.length);
        return all;
    }
}
