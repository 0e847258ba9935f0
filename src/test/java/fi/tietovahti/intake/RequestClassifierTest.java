package fi.tietovahti.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.cases.PrivacyCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.FileSystemResource;

/** Messages as residents write them, in three languages: each clearly one request, or clearly not. */
class RequestClassifierTest {

    private static final RequestClassifier CLASSIFIER = RequestClassifier.standard();

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "ACCESS        | fi | Tarkastuspyyntö | Hei, haluan saada tietää mitä henkilötietoja minusta on rekisterissänne. Ystävällisin terveisin Aino",
            "ACCESS        | sv | Registerutdrag | Hej, jag vill ha ett registerutdrag över mina uppgifter. Med vänliga hälsningar",
            "ACCESS        | en | Subject access request | Dear Heka, I would like a copy of my personal data. Thank you",
            "ERASURE       | fi | Tietojen poisto | Pyydän poistamaan kaikki tietoni, koska muutin pois jo vuosia sitten. Kiitos",
            "ERASURE       | sv | Radering | Hej, jag begär radering av mina uppgifter. Tack",
            "ERASURE       | en | Please delete my data | I moved out in 2019 and would like you to erase my data. Regards",
            "RECTIFICATION | fi | Virheelliset tiedot | Hei, puhelinnumeroni on virheellinen, pyydän oikaisemaan sen. Terveisin",
            "RECTIFICATION | sv | Rättelse | Hej, min adress är felaktig och jag vill att ni rättar den. Tack",
            "RECTIFICATION | en | Wrong phone number | Hello, my phone number is wrong, please correct my details. Thanks",
            "RESTRICTION   | fi | Käsittelyn rajoittaminen | Pyydän rajoittamaan tietojeni käsittelyä kunnes asia on selvitetty. Kiitos",
            "RESTRICTION   | sv | Begränsning | Jag begär att ni begränsar behandlingen av mina uppgifter. Tack",
            "RESTRICTION   | en | Restriction of processing | Please restrict the processing of my data until this is resolved. Thanks",
            "PORTABILITY   | fi | Siirto-oikeus | Haluan käyttää siirto-oikeutta ja saada tietoni koneluettavassa muodossa. Kiitos",
            "PORTABILITY   | sv | Dataportabilitet | Jag vill använda min rätt till dataportabilitet. Tack",
            "PORTABILITY   | en | Data portability | I would like my data in a machine-readable format (portability). Thanks",
            "OBJECTION     | fi | Uutiskirje | Hei, en halua enää uutiskirjettä, peru tilaus. Kiitos",
            "OBJECTION     | sv | Nyhetsbrev | Hej, jag vill avbeställa nyhetsbrevet. Tack",
            "OBJECTION     | en | Unsubscribe | Please unsubscribe me from the newsletter. Thanks",
            // a subject alone whose few words two languages share ("on", "me" are Finnish too): the request's words tell
            "ACCESS        | en | what data do u have on me | ''"})
    void eachRequestInEachLanguage(PrivacyCase.Type type, String language, String subject, String text) {
        RequestClassifier.Classification c = CLASSIFIER.classify(subject, text, null);
        assertThat(c.type()).as(c.evidence() + " " + c.unclear()).isEqualTo(type);
        assertThat(c.language()).isEqualTo(language);
        // the deciding words are recorded (with any weaker evidence the request took in)
        assertThat(c.evidence()).anyMatch(e -> e.startsWith(type.name().toLowerCase()));
        assertThat(c.isClear()).isTrue();
    }

    @Test
    void anHtmlOnlyMessageIsReadFromItsText() {
        RequestClassifier.Classification c = CLASSIFIER.classify("Pyyntö",
                null, "<html><style>p{color:red}</style><body><p>Hei,</p><p>pyydän <b>poistamaan</b> tietoni. "
                        + "Kiitos ja terveisin</p></body></html>");
        assertThat(c.type()).isEqualTo(PrivacyCase.Type.ERASURE);
        assertThat(c.language()).isEqualTo("fi");
    }

    @Test
    void severalRequestsAComplaintOrSomethingElseGoToAHandler() {
        RequestClassifier.Classification several = CLASSIFIER.classify("Request",
                "Please send me a copy of my data and then delete my data. Thanks", null);
        assertThat(several.type()).isNull();
        assertThat(several.unclear()).contains("several requests").contains("access").contains("erasure");

        RequestClassifier.Classification complaint = CLASSIFIER.classify("Valitus",
                "Teen valituksen siitä, että tietojani on käsitelty väärin. Haluan myös tarkastaa mitä tietoja on.", null);
        assertThat(complaint.type()).isNull();
        assertThat(complaint.unclear()).contains("complaint");

        RequestClassifier.Classification unrelated = CLASSIFIER.classify("Vesihana vuotaa",
                "Hei, keittiön hana vuotaa, voisiko huoltomies tulla korjaamaan sen? Kiitos", null);
        assertThat(unrelated.type()).isNull();
        assertThat(unrelated.unclear()).isEqualTo("no request recognised");
        assertThat(unrelated.language()).isEqualTo("fi");

        assertThat(CLASSIFIER.classify(null, null, null).unclear()).isEqualTo("no request recognised");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "NO_REQUEST | Jääkaappi | Hei, poistakaa vanha jääkaappi rappukäytävästä.",
            "NO_REQUEST | Hana | moi, korjatkaa hana mahd pian",
            "NO_REQUEST | Intercom | Please remove my name from the intercom panel.",
            "NO_REQUEST | Vuokra | Vastustan vuokrankorotusta, se on kohtuuton.",
            "NO_REQUEST | Säilytys | Kuinka kauan säilytätte tietojani?",
            "QUESTION   | Poisto | Miten voin pyytää tietojeni poistamista?",
            // what was done is told, not asked
            "NO_REQUEST | Kiitos | Kiitos, poistitte tietoni viime viikolla ja sain siitä vahvistuksen.",
            "NO_REQUEST | Tack | Jag fick en kopia av mina uppgifter i går. Tack för snabb hjälp!",
            "NO_REQUEST | Thanks | Thank you, you restricted my data while the dispute was open and I am grateful.",
            // "en halua" is no asking for the data ("askfor" is negatable)
            "NO_REQUEST | Tiedot eteenpäin | En halua tietoja minusta annettavan eteenpäin kenellekään.",
            "ON_BEHALF  | Äitini tiedot | Kirjoitan äitini puolesta: hän haluaa tietää mitä tietoja teillä on hänestä.",
            "ON_BEHALF  | Data | I am writing on behalf of my father. Please delete his data.",
            "FORWARDED  | VB: Registerutdrag | Kan ni skicka registerutdrag, se nedan.",
            "COMPLAINT  | Valitus | Teen valituksen tietosuojavaltuutetulle, koska ette vastanneet.",
            "SEVERAL    | Tiedot | Lähettäkää kopio tiedoistani ja poistakaa ne sen jälkeen.",
            "SEVERAL    | Tietoni | Haluan ensin nähdä, mitä tietoja minusta teillä on, ja sen jälkeen ne kaikki on poistettava.",
            // what it asks for does not matter: a threat is a person's to read
            "ON_BEHALF  | mutsin tiedot | Mun mutsi ei osaa käyttää sähköpostia. Se haluis tietää mitä tietoja teillä on siitä, voitteko lähettää ne mulle?",
            "ON_BEHALF  | Poikani hakemus | Poikani hakee teiltä asuntoa. Haluaisin nähdä, mitä tietoja hänestä on hakemuksessa tallennettu.",
            // "ne" stands for the income data of the sentence before, though data words stand later in its own
            "SEVERAL    | Tulotiedot väärin | Hakemukseeni kirjatut tulotiedot ovat väärät. Korjatkaa ne, ja siihen asti rajoittakaa niiden käyttöä, ettei hakemustani käsitellä virheellisten tietojen pohjalta.",
            "SEVERAL    | My data | I moved out in 2023. Please email me everything you have on me, and once I've got it, delete the lot.",
            "SEVERAL    | Ekoekspertti ja saunavuoro | Ekoekspertti-tilini saa poistaa, en jatka vapaaehtoisena. Lisäksi luovun torstain saunavuorostani syyskuun alusta.",
            // a repair asked beside a request is a matter of its own
            "SEVERAL    | Data copy and a broken radiator | Please email me whatever personal data you hold on me. Also the radiator has been cold for a week, please send someone to look at it.",
            "SEVERAL    | Puhelinnumero + ilmanvaihto | Uusi puhelinnumeroni on 045 555 8802, päivittäkää se tietoihin. Makuuhuoneen ilmanvaihto ei vedä, voisiko joku tulla tarkastamaan sen?",
            "SEVERAL    | Delete my application | Please delete my housing application. P.S. Before you delete it, could you send me a copy of what it contains?",
            "SEVERAL    | Fel e-postadress | Min e-postadress är fel i ert kundregister. Ändra den, tack. PS. Skulle också vilja se allt ni har sparat om mig.",
            "SEVERAL    | Häiriömerkintä | Jäädyttäkää minusta tehty häiriömerkintä ja lähettäkää minulle siitä kopio.",
            "QUESTION   | How do I request my data? | What's the process for getting a copy of my personal data from Heka? Is there an online form?",
            "ON_BEHALF  | pojan tiedot | mun poika on 16 ja haluaa kopion omista tiedoistaan, hän asuu meillä samassa asunnossa",
            // an earlier request unanswered: a person reads it (the deadline may be running), it starts nothing new
            "COMPLAINT  | Pyyntöni 4.5. | Lähetin 4.5. pyynnön saada kopio tiedoistani, mutta en ole saanut mitään vastausta. Milloin voin odottaa sitä?",
            "COMPLAINT  | Käsittely | Valitan siitä, miten tietojani on käsitelty.",
            "THREAT     | FINAL NOTICE | You have until Friday to delete every single thing you have on me or I will sue your company. Don't test me.",
            "ON_BEHALF  | Min frus namn | Min fru Josefin har tagit mitt efternamn efter vigseln, men i era uppgifter står hon fortfarande som Josefin Ahlberg. Ändra det till Ekström, tack.",
            "THREAT     | VIIMEINEN VAROITUS | Jos ette heti poista niitä valheita mitä naapuri on minusta teille kertonut, siitä ei hyvä seuraa."})
    void whatAPersonMustReadIsNotGuessed(RequestClassifier.Doubt doubt, String subject, String text) {
        RequestClassifier.Classification c = CLASSIFIER.classify(subject, text, null);
        assertThat(c.type()).as(c.evidence().toString()).isNull();
        assertThat(c.doubt()).as(c.evidence().toString()).isEqualTo(doubt);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ERASURE       | fi | poistakaa mun datat teiän systeemeistä, en asu enää teillä",
            "ERASURE       | fi | Voisitteko poistaa tietoni rekisteristänne?",
            "RESTRICTION   | en | Thank you. I don't want you to delete anything yet, please restrict the use of my data until you have checked.",
            "OBJECTION     | sv | Hej, kan ni ta bort mig från nyhetsbrevet? Tack",
            "RECTIFICATION | fi | Sukunimeni on väärin talonkirjassa, korjatkaa se. Kiitos",
            "ACCESS        | fi | Hei, haluaisin tietaa mita tietoja teilla on minusta. Kiitos"})
    void residentsWordsWithTyposNegationsAndPoliteQuestions(PrivacyCase.Type type, String language, String text) {
        RequestClassifier.Classification c = CLASSIFIER.classify("", text, null);
        assertThat(c.type()).as(c.evidence() + " " + c.unclear()).isEqualTo(type);
        assertThat(c.language()).isEqualTo(language);
    }

    @Test
    void theSubjectSetsTheTopicOfAShortReply() {
        RequestClassifier.Classification c = CLASSIFIER.classify("Re: Heka newsletter - March 2026",
                "Please stop sending me these, I'm not interested.\n\nOn Tue, 3 Mar 2026 at 08:00, Heka wrote:\n"
                        + "> Update your details | Delete your account | Unsubscribe", null);
        assertThat(c.type()).as(c.evidence().toString()).isEqualTo(PrivacyCase.Type.OBJECTION);
        assertThat(c.evidence()).anyMatch(e -> e.contains("(subject)"));
        // without the subject, "these" names nothing a person could not misread
        assertThat(CLASSIFIER.classify("Re: rent", "Please stop sending me these.", null).type()).isNull();
    }

    /** A reply with nothing of its own but a name: the resident edited the subject, and it is what they ask. */
    @Test
    void aReplyThatIsOnlyItsSubjectAsksWhatTheSubjectSays() {
        String quoted = "\n\nOn Mon, 1 Jun 2026 at 08:00, Heka <uutiskirje@hekaoy.fi> wrote:\n> Resident news, June";
        assertThat(CLASSIFIER.classify("Re: Resident news June 2026 - please remove me from the mailing list",
                quoted, null).type()).isEqualTo(PrivacyCase.Type.OBJECTION);
        assertThat(CLASSIFIER.classify("Re: Tietosuojaselosteemme on päivitetty -> pyydän kopion tiedoistani",
                "Matti" + quoted, null).type()).isEqualTo(PrivacyCase.Type.ACCESS);
        // with words of its own, the reply's subject is the earlier letter's: the topic, not a request
        assertThat(CLASSIFIER.classify("Re: Please remove me from the mailing list",
                "Thanks, the new tap works fine now." + quoted, null).type()).isNull();
        // a reply that only thanks answers the company's letter, whose subject asks the resident, not the company
        String notice = "\n\nLähettäjä: Heka <asiakaspalvelu@hekaoy.fi>\nAihe: Päivitä yhteystietosi OmaHekassa\n"
                + "Päivitä yhteystietosi OmaHekassa.";
        assertThat(CLASSIFIER.classify("Re: Päivitä yhteystietosi OmaHekassa", "Kiitos!" + notice, null).type())
                .isNull();
        // nor one whose quoted header shows the subject as the company wrote it
        assertThat(CLASSIFIER.classify("Re: Päivitä yhteystietosi OmaHekassa", notice, null).type()).isNull();
    }

    /** The legal notice of a mail client's footer asks nothing ("... received this in error, please delete it"). */
    @Test
    void aFootersLegalNoticeIsNoRequest() {
        assertThat(CLASSIFIER.classify("Request", """
                Please send me a copy of all personal data you hold about me.

                Best regards,
                John Smith
                CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received this \
                message in error, please notify the sender immediately and delete it. If you are not the intended \
                recipient, do not use, copy or disclose it.""", null).type()).isEqualTo(PrivacyCase.Type.ACCESS);
        assertThat(CLASSIFIER.classify("Oikaisu", """
                Osoitteeni on väärin, korjatkaa se: uusi osoite on Esimerkkitie 5 B 12.

                Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin vahingossa, ilmoita \
                lähettäjälle ja poista viesti.""", null).type()).isEqualTo(PrivacyCase.Type.RECTIFICATION);
        assertThat(CLASSIFIER.classify("Begäran", """
                Jag vill veta vilka uppgifter ni har om mig.

                Om du har fått detta meddelande av misstag, radera det och meddela avsändaren.""", null).type())
                .isEqualTo(PrivacyCase.Type.ACCESS);
    }

    @Test
    void quotedEarlierMailDoesNotCount() {
        RequestClassifier.Classification c = CLASSIFIER.classify("Re: Muuttoilmoitus", """
                Pyydän oikaisemaan muuttopäiväni tietoihin, se on 1.10.2025.

                -----Original Message-----
                From: Heka <asiakaspalvelu@hekaoy.fi>
                Sent: Friday, January 9, 2026 11:20 AM
                Jos haluat tarkastaa tietosi tai pyytää niiden poistamista, ole yhteydessä.
                """, null);
        assertThat(c.type()).as(c.evidence().toString()).isEqualTo(PrivacyCase.Type.RECTIFICATION);
    }

    @Test
    void theDpoChangesTheVocabularyWithoutAReleaseAndABrokenFileIsRefused(@org.junit.jupiter.api.io.TempDir
                                                                          Path dir) throws Exception {
        Path file = dir.resolve("vocabulary.txt");
        String shipped = new String(new org.springframework.core.io.ClassPathResource("intake/request-vocabulary.txt")
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(file, shipped);
        RequestClassifier classifier = new RequestClassifier(new FileSystemResource(file));
        assertThat(classifier.classify("Kierrätys", "Pyydän kierrättämään tietoni.", null).type()).isNull();

        // the DPO adds a word: read again before the next message
        Files.writeString(file, shipped.replace("fi: poista*, poisto*", "fi: kierrättä*, poista*, poisto*"));
        // a later time of change than the file had, whatever day it is (the classifier compares, never reads a date)
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThat(classifier.classify("Kierrätys", "Pyydän kierrättämään tietoni.", null).type())
                .isEqualTo(PrivacyCase.Type.ERASURE);
        assertThat(classifier.vocabularyProblem()).isNull();

        // a mistake: refused with its line, the last good vocabulary stays in use
        Files.writeString(file, shipped + "\nrule ERASURE: nosuchconcept\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 10_000));
        assertThat(classifier.classify("Kierrätys", "Pyydän kierrättämään tietoni.", null).type())
                .isEqualTo(PrivacyCase.Type.ERASURE);
        assertThat(classifier.vocabularyProblem()).contains("line").contains("nosuchconcept");
        assertThat(new RequestVocabularyHealth(classifier).health().getStatus())
                .isEqualTo(org.springframework.boot.actuate.health.Status.DOWN);
    }

    @Test
    void theDpoChangesHowASentenceIsReadInTheSameFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String shipped = new String(new org.springframework.core.io.ClassPathResource("intake/request-vocabulary.txt")
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String question = "Viitsittekö poistaa kaikki tietoni?";
        String footer = "Please send me a copy of my data. NOTICE: this mail is for the addressee only; "
                + "please delete it if it reached you by accident.";
        assertThat(CLASSIFIER.classify("Tiedot", question, null).type()).isNull();
        assertThat(CLASSIFIER.classify("Copy", footer, null).type()).isNull();

        // a new polite verb makes the question a request; a new footer phrase cuts the footer off
        Path file = dir.resolve("vocabulary.txt");
        Files.writeString(file, shipped + """

                concept asking_local
                fi: viitsittekö
                rule POLITE: asking_local
                concept footer_local
                en: for the addressee only
                rule FOOTER: footer_local
                """);
        RequestClassifier changed = new RequestClassifier(new FileSystemResource(file));
        assertThat(changed.classify("Tiedot", question, null).type()).isEqualTo(PrivacyCase.Type.ERASURE);
        assertThat(changed.classify("Copy", footer, null).type()).isEqualTo(PrivacyCase.Type.ACCESS);

        // a cue is read as it is or not at all: "weak" means nothing for it
        assertRefused(file, shipped + "\nrule FOOTER weak: footer\n", "neither weak nor hint");
        // a condition of several concepts names each one that exists
        assertRefused(file, shipped + "\nabsorb OBJECTION PORTABILITY when removeme|nosuchconcept\n",
                "no concept named \"nosuchconcept\"");
        // a pair given twice would silently replace the first line's condition: refused
        assertRefused(file, shipped + "\nabsorb ERASURE OBJECTION\n", "absorb ERASURE OBJECTION is given twice");
        assertRefused(file, shipped + "\nabsorb PORTABILITY ACCESS\n", "given twice");
    }

    /** A vocabulary file with this text is refused with a message that holds {@code why}. */
    private static void assertRefused(Path file, String text, String why) throws IOException {
        Files.writeString(file, text);
        assertThatThrownBy(() -> new RequestClassifier(new FileSystemResource(file))).hasStackTraceContaining(why);
    }

    /** Read as the resident meant them; each was missed or misread by the classifier of 2026-12-07 morning. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "it" stands for what the sentence before (or the subject) named
            "ERASURE       | Vanha puhelinnumero | Numeroni on yhä tiedoissanne, vaikka se ei ole käytössä. Poistakaa se.",
            "ERASURE       | Konto i Asunnonvaihtopörssi | Vi har redan bytt bostad. Tacksam om ni raderar det.",
            "RECTIFICATION | Nytt nummer | Mitt nya nummer är 040 555 0166. Kan ni ändra det?",
            // Swedish negates after the verb; a that-clause carries the negation of the clause it hangs on
            "RESTRICTION   | Vattenskadan | Radera inte mina uppgifter om skadan, men använd dem inte till något annat under tiden.",
            "RESTRICTION   | Tietoja ei saa poistaa | En halua, että tietojani poistetaan. Pyydän, ettei niitä käytetä mihinkään muuhun.",
            // a long sentence about one's data that also names a mail slot is still about the data
            "RECTIFICATION | nimi vaihtunut | mun nimi vaihtu ku menin naimisiin ja kirjeet tulee vanhalla nimellä ja postiluukussa lukee eri nimi kuin kirjeessä niin vaihtakaa se nimi teiän tietoihin uudeksi",
            // polite questions in colloquial Finnish, after a comma, or asking 'may I get'
            "RESTRICTION   | rajoitus | voisko teidan rajottaa mun tietojen kayttoa kunnes se perintajuttu on selvitetty?",
            "ERASURE       | swap profile | Hi, the flat swap account, I found a new place, can you wipe my profile and everything in it?",
            "PORTABILITY   | Excel | Kunde jag få min betalningshistorik som Excel-fil?",
            // holdout7's lessons: an emoji ends a sentence; "my data straight to them" is a transfer; a Swedish
            // register in the definite form; an unsubscribe in the past is no request of today
            "ERASURE       | vaihtopörssi | mulla on tili teidän asunnonvaihtopörssissä, löysin jo kämpän 😅 voisko sen tilin poistaa kokonaan?",
            "PORTABILITY   | Moving to Oslo | They want my rental history. Could you send my tenant data straight to them?",
            "ERASURE       | Nyhetsbrevet | Jag avbeställde nyhetsbrevet förra månaden. Nu vill jag att min e-postadress tas bort ur registret för nyhetsbrevet.",
            // holdout10's lessons (measured blind first: 92 of 100): a portability request says "send me my data" in
            // its own sentence; a subscription "off"; data "marked as restricted"; the newsletter's register erased
            "PORTABILITY   | Data | Please send me my personal data in a structured, machine-readable format such as CSV or JSON.",
            "PORTABILITY   | Siirto | Pyydän, että toimitatte minulle antamani ja minua koskevat henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa.",
            "OBJECTION     | Uutiskirjeen tilaus pois, kiitos | ",
            "RESTRICTION   | Re: Vastaus | Ok, ymmärrän ettei niitä voi poistaa heti. Merkitkää ne sitten ainakin rajoitetuiksi siihen saakka kunnes tarkistus on tehty.",
            "ERASURE       | Uutiskirjerekisteri | Pyydän, että poistatte kaikki minua koskevat tiedot uutiskirjeenne tilaajarekisteristä.",
            // holdout11's (blind 92 of 100): Helsinki Swedish "mej", "fimpa"; a register extract named in the subject
            "ERASURE       | Moi | Kunde ni vara snälla och sudda bort allt ni har om mej? Jag bor inte kvar i Hertonäs längre.",
            "ACCESS        | uppgifter | Tjena, vilka uppgifter har ni om mej egentligen? Skicka dom till mej, tack.",
            "OBJECTION     | nyhetsbrevet | Tjena, fimpa nyhetsbrevet för min del, jag läser dom ändå inte.",
            "ACCESS        | Rekisteriote omista tiedoistani | ",
            // holdout13's (blind 89 of 100) and holdout14's (blind 96 of 100): a right by its article alone; an
            // electronic copy is the access answer's way; a photo of me; a clip of the camera; data moved over to a
            // new housing company; a format a computer reads; Swedish "sända" and "skulle vilja"
            "ERASURE       | GDPR 17 art. | Pyydän tietojeni poistamista.",
            "RESTRICTION   | Article 18 request | ",
            "ACCESS        | Tarkastuspyyntö | Pyydän saada tietää, mitä henkilötietoja minusta on tallennettu, sekä saada niistä jäljennöksen sähköisesti.",
            "ACCESS        | Tietopyyntö | Viitaten 15 artiklaan pyydän jäljennöstä kaikista minua koskevista henkilötiedoista. Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.",
            "ERASURE       | Bild på mig | Radera bilden på mig ur ert bildarkiv, tack.",
            "ERASURE       | Tallenne | Kamera tallensi illalla pätkän, jossa olen itse kuvassa. Pyydän, että tuhoatte sen pätkän.",
            "PORTABILITY   | Flytta | Kan ni föra över mina uppgifter direkt till mitt nya bostadsbolag?",
            "PORTABILITY   | moving | Can you send my info over to my new housing company? They asked me to sort it out.",
            "PORTABILITY   | RE: Your data request | To be clear, I'd like my data in a format my computer can read.",
            "ACCESS        | Brev | Jag skulle därför vilja be er sända mig en utskrift av alla uppgifter ni har om mig i era register.",
            "OBJECTION     | marketing | opt me out of all marketing please. thanks",
            "RESTRICTION   | älkää käyttää | Kun te tarkistaa tämä asia, älkää käyttää minun tiedot mihinkään, pysäyttäkää.",
            // "kaikki tiedot, mitä teillä on minusta": spoken Finnish's relative "mitä" names what is to be deleted or
            // corrected; it asks nothing
            "ERASURE       | Tiedot | Poistakaa kaikki tiedot, mitä teillä on minusta.",
            "ERASURE       | Vaihtopörssi | Voisitteko ottaa pois minun ilmoitus ja profiili Asunnonvaihtopörssistä, ja kaikki tiedot mitä siellä on minusta?",
            "RECTIFICATION | Osoite | Korjatkaa kaikki tiedot mitä teillä on minusta, osoite on väärä.",
            "ACCESS        | moi | laittakaa pliis kaikki mitä teillä on musta mun sähköpostiin kiitti",
            // Art. 18(1)(a) in its textbook words: the pending rectification request is the reason, not a new one
            "RESTRICTION   | Rajoitus | Pyydän rajoittamaan henkilötietojeni käsittelyä, kunnes oikaisupyyntöni on käsitelty.",
            "RESTRICTION   | Restriction | Please restrict the processing of my data until my rectification request has been decided.",
            // holdout15's (blind 86 of 100) and holdout16's (blind 87 of 100): a photo taken down; a comma before
            // the polite question; spoken "voisitteks"; the right value given; a restriction of an address; data
            // taken along to the next landlord; a bare "have you anything on me?"; a survey's subject
            "ERASURE       | Kuva Instagramissa | Ottakaa se kuva pois sieltä ja poistakaa se myös teidän omista kansioista.",
            "RECTIFICATION | SV: Information | Int så farligt, men kunde ni rätta namnet i era uppgifter?",
            "PORTABILITY   | Tiedot | Voisitteks lähettää mun tiedot jossain tiedostomuodossa, vaikka excel tai csv?",
            "RECTIFICATION | vanha osoite | Teillä on mun osoitteena edelleen se vanha. Oikea osoite on Esimerkkikuja 5 B 12.",
            "RESTRICTION   | My address | Please restrict my address and phone number so they're not given to anyone.",
            "PORTABILITY   | mun tiedot | haluun mun tiedot sellasessa muodossa et voin viedä ne seuraavalle vuokranantajalle",
            "ACCESS        | kysymys | Onks teillä musta jotain tietoja? asuin teillä kalliossa 2012-2016.",
            "OBJECTION     | Re: Kerro mielipiteesi asumisesta! | Älkää lähettäkö näitä enää. Kiitos.",
            "RESTRICTION   | bill | put a stop on my data until you've sorted out the bill. dont send it to collections",
            // holdout17's (blind 88 of 100) and holdout18's (blind 74 of 100): "before you delete it" is a time;
            // "would you mind"; "in the meantime"; a statement absorbs a mere mention; data taken along as a file;
            // a copy attached is no copy asked for; "stryk mig ur era papper"; a listing that should vanish
            "PORTABILITY   | Re: Hakemuksesi vanhenee | Ennen kuin poistatte, haluaisin hakemukseni tiedot itselleni tiedostona, jonka voin syöttää toisen yhtiön hakulomakkeeseen.",
            "ERASURE       | Asunnonvaihtopörssi | Would you mind closing my Asunnonvaihtopörssi account and wiping the info in it?",
            "RESTRICTION   | Income details | The income figure in my application is wrong and your office is checking it. In the meantime could you please not use it for anything?",
            "ERASURE       | Luottotietoselvitys 2022 | Luottotietoselvitys, jonka teitte minusta vuoden 2022 asuntohakemuksen yhteydessä: sille ei ole enää käyttöä. Pyydän sen hävittämistä.",
            "PORTABILITY   | Kulutusdata | Ekoekspertti-tilillä on kolmen vuoden kulutustiedot. Saisinko ne itselleni tiedostona, jonka voin viedä toiseen palveluun?",
            "ERASURE       | Vanhan hakemuksen poistaminen | Vaadin, että asuntohakemukseni poistetaan rekisteristänne. Tunnistamisen helpottamiseksi liitän oheen kopion hakemuksen vastaanottokuittauksesta.",
            "ERASURE       | Flyttat | Stryk mig ur era papper nu, jag behöver inte finnas kvar i era register längre.",
            "ERASURE       | my swap listing | I'd prefer the listing and my profile to vanish completely, please, not just be hidden.",
            "ACCESS        | My file | I'd like to see what's in my file, warts and all.",
            // holdout19's (blind 87 of 100) and holdout20's (blind 83 of 100)
            "OBJECTION     | Kuvat pihajuhlasta | Ilmoitan jo etukäteen, etten halua mitään minusta otettuja kuvia käytettävän lehdessä, nettisivuilla tai somessa.",
            "PORTABILITY   | Asunnonvaihtopörssin tiedot | Asunnonvaihtopörssissä on ilmoitushistoriani. Pyydän ne minulle tiedostona, jonka voin avata taulukkolaskentaohjelmalla.",
            "RESTRICTION   | Vuokravakuus | Toivon, että vakuuteen liittyviä tietojani ainoastaan säilytetään eikä niitä käsitellä muutoin, kunnes kiista on ratkaistu.",
            "ERASURE       | Bostadsansökan 2022 | Den och alla mina uppgifter som hör till den får gärna förstöras, behöver inte den mera.",
            // blind rounds holdout21 and holdout22
            "OBJECTION     | Partner marketing | I object to you using my contact details for marketing on behalf of your partner companies. Please stop.",
            "ERASURE       | ekoekspertti | Moi, voitteko poistaa mun Ekoekspertti-tilin ja kaikki sen tiedot?",
            "ACCESS        | Valvontakameran tallenne | Se ei pidä paikkaansa, ja haluaisin pystyä osoittamaan sen. Pyydän kopion valvontakameran tallenteesta.",
            "RESTRICTION   | Restriction of processing | Please restrict the processing of my personal data while you check whether the complaint note in my file is correct.",
            "RECTIFICATION | Sähköpostiosoite vaihtuu | Vanha sähköpostiosoitteeni lakkaa toimimasta. Merkitkää yhteystiedoikseni tämä osoite, josta nyt kirjoitan.",
            "RECTIFICATION | Puhelinnumero | Olisin kiitollinen, jos numero vaihdettaisiin tietoihini, jotta huoltoyhtiö tavoittaa minut.",
            "PORTABILITY   | tiedot tiedostona | moi saisko mun tiedot jossain tiedostona minkä saa auki exceliin? kiitti",
            "ACCESS        | Henkilötietojeni tarkastaminen | Tämän vuoksi käytän oikeuttani tarkastaa itseäni koskevat tiedot.",
            "ACCESS        | Videoinspelning | Jag syns säkert på kameran vid dörren. Jag vill få en kopia av inspelningen där jag syns.",
            "ERASURE       | Tietojen poisto | Haluan, että minun omat tietoni poistetaan järjestelmistänne. Puolisoni tiedot saavat tietysti jäädä.",
            "ACCESS        | tiedot | voisinko saada listan kaikista minuun liittyvistä tiedoista, myös vuokranmaksuhistoriastani?",
            "ACCESS        | Pyydän pääsyä omiin henkilötietoihini | ",
            "RESTRICTION   | Tietoja ei saa poistaa | Älkää poistako maksutietojani, tarvitsen niitä todisteina. Pitäkää tiedot kuitenkin lukittuina, ettei tiedoillani tehdä mitään muuta.",
            "ACCESS        | Inspelning från tvättstugan | Jag skulle vilja få en kopia av övervakningskamerans inspelning från tvättstugan den 2 februari mellan kl. 20 och 21.",
            "ACCESS        | complain about me | My neighbour did a complain about me in March because of noise. I want to see what is written about me in your notes of this complain.",
            "RESTRICTION   | noise complain data | I want you to stop using my data about the noise complain until you check it, because it is not true.",
            "RESTRICTION   | Avaintunnisteen lokitiedot | Pyydän rajoittamaan lokitietojeni käsittelyä, kunnes tämä on tarkistettu: tietoja ei saa käyttää minua koskeviin päätöksiin.",
            "ACCESS        | Asuntohakemukseni tiedot | Pyydän saada tietooni kaikki hakemukseeni liittyvät henkilötiedot.",
            "OBJECTION     | Inspelning av samtal | Jag protesterar mot att mina samtal till kundtjänsten spelas in. Spela inte in mig i fortsättningen.",
            "ACCESS        | Avaintunnisteen käyttöloki | Pyydän nähtäväkseni, mitä avaintunnisteeni käytöstä on tallentunut lokiin tammi–maaliskuussa 2026.",
            "ERASURE       | Hakemusliitteiden poisto | Toimitin hakemukseni liitteeksi palkkatodistukset ja kopion passistani. Haluan että kaikki nämä liitteet ja itse hakemus hävitetään.",
            "RECTIFICATION | Re: Asukastietojen tarkistus | Tarkistin tiedot. Kaikki muu on oikein, mutta sukunimeni kirjoitetaan Mäkelä eikä Makela.",
            "ACCESS        | My data | I'd be grateful if you could send me a copy of the personal information you hold about me. Nothing is wrong, I simply like knowing what's on file about me.",
            "OBJECTION     | Marketing emails | I'd appreciate it if you stopped sending me marketing emails. I only want messages about my tenancy.",
            // blind round holdout25
            "OBJECTION     | Tietojeni käyttö markkinointiin | Ette saa enää käyttää minun nimeäni ja yhteystietojani minkäänlaiseen markkinointiin.",
            "ACCESS        | personal datas | hi, i am your tenant since 2021. can you sent me all my personal datas you are keeping in your systems?",
            "OBJECTION     | uutiskirje | Poistakaa osoitteeni uutiskirjeen postituslistalta, en halua sitä enää.",
            "OBJECTION     | Puhelut | Minulle on soitettu kolme kertaa teidän yhteistyökumppaninne puolesta. Lopettakaa nämä markkinointipuhelut minulle.",
            // blind round holdout27
            "RECTIFICATION | Phone number | Hello, my phone number is still the old one in your system (044 901 2276). The current one is 040 318 5542.",
            "ACCESS        | CCTV footage request | Someone complained that I left the laundry room door open. I'd like a copy of the camera recording at the laundry room entrance from 19:00 to 20:00.",
            "RECTIFICATION | Fel kontaktspråk | I ert system står mitt kontaktspråk som finska fast jag är svenskspråkig. Ändra det till svenska, tack.",
            "PORTABILITY   | Överföring | Jag flyttar i maj till en annan hyresvärd. Är det möjligt att överföra mina personuppgifter direkt till dem?",
            "RECTIFICATION | new email | Hi. My email in your system not working anymore, old company closed. Change it to this one please: tomasz.nowak@example.net",
            "PORTABILITY   | excel? | Moi! Saisinks mun tiedot jossain excel- tai csv-muodossa et voin tallentaa ne omalle koneelle?",
            // blind round holdout28
            "RESTRICTION   | Häiriöilmoitus | Selvityksen ajaksi pyydän rajoittamaan tähän häiriöilmoitukseen liittyvien tietojeni käsittelyä.",
            "RESTRICTION   | Älkää poistako tietojani | Tiedän, että vanhoja tietoja poistetaan jonkin ajan kuluttua. Pyydän, että tietojani ei poisteta vaan niiden käsittelyä rajoitetaan.",
            "OBJECTION     | Stop the sales calls | Someone selling electricity said they were calling on Heka's behalf. Please stop using my details for marketing calls.",
            "PORTABILITY   | Siirtäkää tietoni Kotiväylä Oy:lle | Siirtäkää henkilötietoni ja maksuhistoriani suoraan Kotiväylälle; heidän vastaanottava osoitteensa on tietopyynnot@example.com.",
            "ACCESS        | Kamerainspelning från cykelförrådet | Jag ber att få en kopia av inspelningen från kameran vid förrådets dörr från söndag kväll, då jag själv syns.",
            // blind round holdout29
            "OBJECTION     | Puhelinmyynti | Myyjä kertoi soittavansa Hekan asukasetujen puolesta. Kiellän suoramarkkinoinnin kokonaan: tietojani ei saa käyttää markkinointiin.",
            "OBJECTION     | Re: Hekan asukasuutiset | Ei kiitos enää näitä, ottakaa osoitteeni pois jakelusta.",
            "ERASURE       | Poistopyyntö: Ekoekspertti ja vanha hakemus | Pyydän hävittämään kaksi asiaa: Ekoekspertti-tilini ja vuonna 2021 jättämäni asuntohakemuksen.",
            "ERASURE       | Gammal bostadsansökan | Min ansökan ligger tydligen fortfarande kvar hos er. Jag vill att den tas bort helt, med alla bilagor.",
            "RECTIFICATION | Sähköpostiosoite vaihtunut | Vanha osoitteeni ei enää toimi. Tilalle uusi: minna.heinonen@example.org. Laittakaa tämä asukasrekisteriin.",
            // "andras uppgifter" (others' data, a breach) is not "ändra uppgiften" (change the entry)
            "RECTIFICATION | Fel språk i era uppgifter | Jag är registrerad som finskspråkig hos er. Var vänlig och ändra uppgiften om mitt språk.",
            "ACCESS        | Request | I am asking the information you have registered about me, I moved out last year.",
            "ACCESS        | Begäran | Jag begär de uppgifter ni har registrerat om mig.",
            // what "den" stands for, far before it in its sentence
            "ERASURE       | ansökan | ja ha en gammal bostadsansökan hos er som int e aktuell mera, ta bort den",
            "RECTIFICATION | Asiointikieli | Hei, teidän järjestelmässä mun asiointikieleksi on merkitty ruotsi, vaikka olen suomenkielinen. Korjatkaa tämä, kirjeet tulee nyt ruotsiksi.",
            "RECTIFICATION | syntymäaika | teillä on mulla väärä synttäripäivä, oikee on 3.5.1992 eikä 5.3. korjatkaa se",
            "OBJECTION     | survey | please dont send me the survey anymore i answered already 3 times",
            "RESTRICTION   | Maksuhäiriömerkintä | Olen kiistänyt merkinnän. Pyydän, että ette luovuta tätä tietoa kenellekään ettekä käytä sitä mihinkään ennen kuin tutkinta on saatu päätökseen.",
            "ACCESS        | Tiedot | moi voisko laittaa mulle kaikki mun tiedot mitä teiän systeemeis on",
            "ACCESS        | mina uppgifter | skicka en kopia tack",
            "ACCESS        | Re: Kysymyksesi | ok eli sit haluan saada kaikki mun henkilötiedot mitä teil on",
            "ACCESS        | Tiedot | voisitteko tulostaa ja postittaa mulle mitä mun nimellä löytyy teidän rekistereistä, mulla ei oo verkkopankkia",
            "ACCESS        | Personuppgifter | Hej! Jag skulle vilja få ut alla personuppgifter ni har om mig. Tack på förhand",
            "ERASURE       | Anhållan | Jag anhåller härmed om att samtliga personuppgifter om mig som bolaget fortfarande innehar avlägsnas ur bolagets register.",
            // a rectification asked before is the restriction's ground; so is an objection already made (Art. 18(1)(d))
            "RESTRICTION   | rajoitus | pyydän että mun tietojen käsittely rajoitetaan kunnes mun oikaisupyyntö on käsitelty",
            "RESTRICTION   | mun tiedot jäihin | mä oon jo kieltäny teitä käyttämästä mun tietoja siihen asukastyytyväisyysjuttuun. niin kauan ku te mietitte sitä, pistäkää mun tiedot jäihin",
            // a relative named only to say the request is not theirs; a form signed, a message to be forwarded later
            "ACCESS        | omat tietoni | Äitini kuoli huhtikuussa ja asun nyt hänen entisessä asunnossaan. Haluaisin tietää mitä tietoja teillä on minusta itsestäni. En siis pyydä äidin tietoja, vaan ainoastaan omiani.",
            "RECTIFICATION | Incorrect information on file | Your records have my nationality as Irish. I'm British. It appeared on a form I had to sign last week and I'd rather it were right. Please amend it.",
            "PORTABILITY   | Rental data in machine-readable format | My new landlord asks for my rental history. Please send me my tenant data and payment history in a machine-readable format (CSV or JSON) so I can forward it.",
            // "the landlord" who is asked is us, not the one the data goes to
            "ACCESS        | Camera footage 18 June | I reported it to the police and they told me to ask the landlord for the video. Please send me a copy of the camera recording from the B entrance between 19:45 and 20:30.",
            "RESTRICTION   | Pihakameran tallenne | Tiedän, että pihan kameran tallenteet poistetaan normaalisti muutaman viikon kuluttua. Pyydän, ettei sitä tallennetta poisteta, vaan se säilytetään lukittuna ja käyttämättömänä siihen asti, kunnes oikeusasia on ratkennut.",
            "ACCESS        | flyttar till Åbo | Min studentetta sägs upp (har redan fixat det via kundtjänsten). Innan jag far skulle jag gärna vilja veta vad ni har för uppgifter om mig i era system. Kan ni skicka dem till mig?",
            "OBJECTION     | puhelinsoitot | Teiltä on soitettu minulle kahdesti tällä viikolla ja kysytty tyytyväisyydestä asumiseen. Pyydän ettei minulle soiteta enää tällaisia kyselypuheluita.",
            // a routine deletion told, then "do not delete it, but do not use it either" / "keep it until": a restriction
            "RESTRICTION   | Uppgifterna om vattenskadan | Jag har förstått att ni raderar uppgifter om tidigare hyresgäster efter en viss tid. Radera inte mina uppgifter om vattenskadan 2025, men använd dem inte heller till något, eftersom jag behöver dem i en rättegång.",
            "RESTRICTION   | älkää poistako | Kuulin että teillä poistetaan vanhoja tietoja vuodenvaihteessa. Mun kosteusvaurioasiat on mulle tärkeitä. Älkää siis poistako niitä, mut ei niitä tarvii mihinkään muuhunkaan käyttää – pitäkää ne vaan tallessa siihen asti ku juttu on käsitelty.",
            // "för att skicka mig" is what the data is used for, not a request to send it
            "OBJECTION     | Erbjudanden från samarbetspartner | Jag vill inte att ni använder mina uppgifter för att skicka mig erbjudanden från era samarbetspartner.",
            "ACCESS        | Asiakastiedoistani | mitähän minusta on oikein kirjattu teidän asiakasjärjestelmäänne? Olisin halunnut käydä ne itse läpi, joten lähettäisittekö ne minulle luettavaksi.",
            // the channel the answer should not come by is no objection
            "ACCESS        | Henkilötietoni | Haluan tietää, mitä henkilötietoja minusta on tallennettu. Vastaus sähköpostiin käy hyvin, tekstiviestillä en halua tietoja.",
            "ACCESS        | CCTV footage from 12 January | On the evening of 12 January I slipped on the ice right outside the front door of building B. I'd like a copy of the recording from the front door camera that shows me, between about 22:00 and 22:30.",
            "RECTIFICATION | Minun nimi | Nguyen on sukunimi ja Lan on etunimi. Teidän kirjeessä lukee Lan Nguyen Thi. Voitteko muuttaa nimen oikein teidän tietoihin?",
            // mixed up with another tenant is no breach report ("en annan hyresgäst" is not "en annan hyresgästs")
            "RESTRICTION   | Förväxling | Mitt namn har tydligen blandats ihop med en annan hyresgäst. Tills det här har retts ut vill jag att ni tillfälligt spärrar mina uppgifter.",
            "ACCESS        | Re: Maaliskuun asukastiedote | Kiitos tiedotteesta. Kun nyt kerran kirjoitan: lähettäkää minulle kopio niistä tiedoista, joita minusta on tallennettu asiakasrekisteriinne.",
            // a stop only until something is settled is a restriction (its purpose words are no objection)
            "RESTRICTION   | Luottotietomerkintä | Luottotiedoissani on merkintä, joka on mielestäni virheellinen, ja olen pyytänyt luottotietoyhtiötä tarkistamaan sen. Siihen saakka en halua, että sitä tietoa käytetään asuntohakemukseni arvioinnissa.",
            "RESTRICTION   | Maksumerkintä | Asia on vielä käsittelyssä. Pyydän, että sillä välin tätä maksumerkintää ei käytetä mihinkään, esimerkiksi asunnonvaihdon arviointiin.",
            "ACCESS        | RE: Newsletter | Thanks for taking me off the newsletter. While I'm at it, I'd also like to see what personal information you have on file about me - could you send me a copy?",
            "ERASURE       | uutiskirjerekisteri | pyydän poistamaan uutiskirjerekisteristänne kaikki minusta tallennetut tiedot (sähköpostiosoite, nimi ja mitä siellä nyt onkaan).",
            "ACCESS        | Camera recording from the bike shelter | My bike was stolen. I locked it there myself at about 18:30. I'd like a copy of the camera recording from that evening where I'm seen locking it.",
            "ACCESS        | tiedot | nyt haluaisin tietää mitäkaikkea teillä on minusta tiedostoissanne. lähettäkää kaikki mitä on, paperilla tai sähköpostilla ihansama.",
            "ACCESS        | Tietopyyntö | Nyt arki taas alkaa: kolme lasta kouluun, pyykkivuoret ja kaikki. Tajusin, etten tiedä, mitä tietoja te vuokranantajana meistä keräätte. Voisitteko lähettää minulle kopion minun omista tiedoistani?",
            "ACCESS        | pihakamera | Pihalla on se kamera joka osoittaa parkkipaikalle, haluun kopion siitä pätkästä missä mä ja mun auto näkyy.",
            // one request among talk of other things: done before, routine, not wanted, the reason, the channel
            "RECTIFICATION | Virheellinen syntymäaika | totesin saamastani vuokrasopimuksen jäljennöksestä, että syntymäaikani on merkitty tietoihinne väärin: siinä lukee 12.4.1978, oikea on 21.4.1978. Pyydän oikaisemaan tiedon.",
            "ERASURE       | Erasure of my personal data | I moved out in January. You updated my forwarding address in February, thank you for that. Now I would like you to erase my personal data, apart from anything you are legally obliged to keep.",
            "ACCESS        | Tarkastuspyyntö | Pyydän saada ne nähtäväkseni. Tietojani oikaistiin viime syksynä osoitteenmuutoksen yhteydessä, ja se asia on kunnossa. Nyt haluan varmistaa, mitä muuta minusta on tallennettu.",
            "ERASURE       | Radera min bostadsansökan | Jag vill att ni raderar min gamla bostadsansökan. Ni behöver inte skicka någon bekräftelse per post, det räcker bra med e-post.",
            "ACCESS        | Personal data – full copy please | I received your letter about the satisfaction survey. I already opted out of those in February, so nothing needs doing there. What I would like now is a full copy of my personal data.",
            "ACCESS        | mina uppgifter | Tjena, kan ni skicka det ni har om mig i era system? Behöver inte radera nåt eller så, vill bara kolla vad som finns.",
            "ACCESS        | Kopia av mina uppgifter | Ni rättade min adress i januari när jag hade flyttat inom huset, tack för snabb hjälp. Nu skulle jag vilja få en kopia av allt ni har registrerat om mig.",
            "PORTABILITY   | Sending my tenant data to my new landlord | Could you send my tenant and payment data to them in a machine-readable format? No need to send me a copy.",
            "ACCESS        | Kameratallenne pihalta | Autoni kylkeen oli ajettu pihalla, eikä tekijä jättänyt yhteystietojaan. Pyydän kopiota tallenteesta ajalta klo 17.30–20.00. Näyn itse kuvassa.",
            "PORTABILITY   | Ekoekspertin kulutustiedot tiedostona | Ekoekspertissä on mun sähkön- ja vedenkulutus neljän vuoden ajalta. Haluaisin ne itselleni sellaisena tiedostona, jonka saa auki taulukkolaskennassa. Tiliä ei tarvitse vielä poistaa.",
            "ERASURE       | bytesbörsen | Vi bytte lägenhet via Asunnonvaihtopörssi och allt är klart nu. Ta bort min profil där med alla uppgifter, tack.",
            // "välitän" (I pass it on) is not "valitan" (I complain) folded; a new landlord who wants is the reason
            "ACCESS        | maksuhistoria + muut tiedot | uus vuokranantaja haluu nähdä et oon maksanu vuokrat ajallaan. Voisitteko lähettää mulle kopion kaikista tiedoista mitä teillä on musta? Pdf käy hyvin, mä välitän sen ite eteenpäin.",
            "ERASURE       | Delete my application | Please delete my application and everything connected to it. I'm not after a copy or anything, just get rid of it.",
            "RESTRICTION   | Re: Window renovation | Until the property manager has answered, please hold off on passing my details on to them.",
            // "begär att ... raderas" asks for the erasure, not for the data; "uppgifter om mig" is no "remove me"
            "ERASURE       | Begäran om radering | Härmed begär jag att de personuppgifter om mig som Heka har samlat in i samband med nyhetsbrevet raderas i sin helhet.",
            "ERASURE       | Nyhetsbrevet | Jag avslutade prenumerationen på ert nyhetsbrev redan i våras. Nu vill jag också att ni raderar alla uppgifter om mig som finns kvar i nyhetsbrevsregistret.",
            "RECTIFICATION | Correction to my contact details | I wrote to you in February about a broken intercom and it was fixed within a day, so thank you! This time it's about my data: the email address you have for me is old. I'd be grateful if you could correct it.",
            "OBJECTION     | surveys | pls stop the satisfaction survey emails, i get one after literally every single thing lol. fixed the sink? survey.",
            // a relative or an ex named only to leave them out; "ettette poista" is negated; "I ask you to" is not "I asked"
            "ACCESS        | Pyyntö | Minua alkoi kiinnostaa, mitä minusta on vuosien mittaan kirjattu. Haluaisin siis saada paperilla ne tiedot, jotka teillä minusta on. Vain omat tietoni, vaimoni asiat eivät tähän kuulu.",
            "ERASURE       | Yhteinen hakemus 2023 | Olemme sittemmin eronneet. Poistakaa minun tietoni siitä hakemuksesta. Hänen tietoihinsa en ota kantaa, hän hoitakoon omat asiansa.",
            "RECTIFICATION | Sukunimi muuttunut | Pyydän päivittämään sukunimeni teidän tietoihinne. Mieheni ei ole vuokrasopimuksessa, joten hänen tietojaan ei tarvitse lisätä mihinkään.",
            "RESTRICTION   | Tietojani ei saa poistaa | Tarvitsen siinä todisteiksi tietoja, jotka teillä on minusta. Pyydän siksi, ettette poista tietojani, vaikka vuokrasuhde on päättynyt, mutta ettette myöskään käytä niitä mihinkään muuhun ennen kuin oikeudenkäynti on ohi.",
            "ERASURE       | application | Hello. I ask you to erase my old application for apartment, I dont need it anymore.",
            "RECTIFICATION | Hakemuksen tiedot | Hakemuksessani lukee, että taloudessani on kaksi lasta, mutta lapsia on nyt kolme. Päivittäkää perhetilanne hakemukseeni, kiitos!",
            "OBJECTION     | Julkampanjen | Sluta skicka julkampanjmejl till mig, tack. Jag har fått fem stycken sedan början av november.",
            "OBJECTION     | Joulumainokset | Lopettakaa joulumarkkinointiviestien lähettäminen minulle. Niitä on tullut tässä kuussa jo neljä.",
            "ERASURE       | Nyhetsbrevsregistret | Jag vill att ni raderar allt ni har om mig i nyhetsbrevets register – e-postadress, namn, vad jag har klickat på, allt.",
            "OBJECTION     | sauna ja mainokset | Ja sitten se toinen asia: en halua teiltä enää minkäänlaista mainospostia, ei sähköpostina eikä paperikirjeenä postiluukusta.",
            // "bokade" (booked) is no booking asked for; where the camera saw the resident is no thing of the request
            "ACCESS        | Inspelning från tvättstugan | Jag bokade tvättstugan 14.4 kl. 16–19 och under den tiden försvann en av mina mattor. Jag skulle vilja ha en kopia av övervakningsinspelningen där jag själv syns i tvättstugan den eftermiddagen.",
            "ACCESS        | vad ni har om mig | Såg på nyheterna att nån firma hade läckt hela kundregistret. Fick mig att undra vad ni egentligen har om mig, så skicka gärna nån sammanställning av det.",
            "OBJECTION     | Tekstiviestit | Tänään tuli taas tekstiviesti sähköyhtiön tarjouksesta. Näitä yhteistyökumppaneiden mainoksia ei tarvitse minulle enää lähettää, ei tekstiviestinä eikä muutenkaan.",
            "OBJECTION     | Re: Hekan asukasuutiset huhtikuu 2026 | En ole tilannut tällaista, älkää laittako näitä minulle enää.",
            "RESTRICTION   | Mina uppgifter efter utflyttning | Jag behöver kanske era uppgifter som bevis, så radera dem inte ännu – men se till att de inte används till något annat under tiden.",
            "ACCESS        | Hello from C-staircase | I'm honestly impressed how much the tax office already knew about me. That got me curious about landlords too. Could you send me a copy of all the personal data you hold about me?",
            // "ettei tallennetta, jossa ..., poisteta normaalin säilytysajan jälkeen, vaan se säilytetään kunnes": keep it
            "RESTRICTION   | Tallenne talteen | Pyydän, ettei tallennetta, jossa minä ja autoni näymme, poisteta normaalin säilytysajan jälkeen, vaan se säilytetään kunnes tarvitsen sitä vahinkoasian hoitamiseen.",
            "ACCESS        | Re: my personal data | Sorry I write again, I did not get answer yet. I want access to my personal data what you have.",
            "ACCESS        | henkilötiedot | Hei, voinko saada minun kaikki henkilötiedot jotka teillä on?",
            "ACCESS        | Tietojen tarkastus | Luin lehdestä, että jokaisella on oikeus tietää, mitä tietoja hänestä on rekisterissä. Pyydän, että lähetätte minulle ne tiedot, joita olette minusta tallentaneet.",
            "RESTRICTION   | Please restrict my data | Your system says I have a dog in my apartment and I got a warning letter. I do not have any pet. Please restrict the use of this information until you have checked it.",
            "OBJECTION     | Pihakamera | Pihalle asennettiin uusi kamera, joka osoittaa suoraan parvekkeelleni. Vastustan sitä, että minusta tallennetaan kuvaa parvekkeellani, ja pyydän että tämä käsittely lopetetaan.",
            "OBJECTION     | Ekoekspertti leaderboard | I noticed my nickname and points are shown on the building leaderboard. I object to that – please stop showing my points to others.",
            "RECTIFICATION | fel mejl | Hej, ni har min gamla mejl i systemet (sanna.l@example.net). Ändra till den här: sanna.lund@example.com. Tack!",
            "ACCESS        | Avainhallinnan tiedot minusta | Pyydän saada nähtäväkseni kaikki sähköisen lukitusjärjestelmän tiedot, jotka on tallennettu minun avaimeeni ja nimeeni liittyen.",
            "PORTABILITY   | Henkilötietojen siirtäminen | Selosteessanne todetaan: \"Sinulla on oikeus siirtää henkilötietosi toiselle rekisterinpitäjälle soveltuvan tietosuojalainsäädännön rajoissa.\" Pyydän siirtämään ne henkilötiedot, jotka olen antanut teille vuokrasopimuksen perusteella, Vantaan Vuokratalot Oy:lle.",
            "RESTRICTION   | Maksutietojen käyttö | Kiistän maksutietojeni oikeellisuuden tammikuun osalta (Kelan maksu on kirjautunut väärälle kuukaudelle). Kunnes olette tarkistaneet asian, pyydän, että maksutietojani ei käytetä minua koskeviin päätöksiin eikä niitä luovuteta eteenpäin.",
            "ACCESS        | Anmärkningar om mig | I höstas fick jag en anmärkning. Jag har aldrig fått veta vem som klagat. Jag vill därför få en kopia av alla uppgifter om mig som gäller störningsanmälningar och varningar.",
            "RECTIFICATION | Ekoekspertin asuinkohde väärin | Muutin Maunulaan, mutta Ekoekspertti-sovelluksessa asuinkohteeni on yhä vanha talo. Korjatkaa se Maunulan kohteeksi.",
            "ACCESS        | Kelalle luovutetut tiedot | Pyydän saada nähtäväkseni ne minua koskevat tiedot, jotka on luovutettu Kelalle vuosien 2024–2026 aikana.",
            "PORTABILITY   | Överföring av mina personuppgifter | Jag flyttar till en hyresbostad hos Esbo Bostäder i maj. Jag ber er överföra de personuppgifter jag lämnat i samband med hyresavtalet direkt till dem.",
            "RECTIFICATION | Not a dog | The caretaker's note for my flat says there's a dog living here. There isn't. There's a cat. Could the record be changed to say cat?",
            "RESTRICTION   | disturbance report | Please restrict the use of my personal data until you've checked the disturbance report about me. It's not accurate.",
            "ACCESS        | tiedot | Hei haluisin pyytää kaikki mun henkilötiedot mitä teilla on. Mielummin sähköpostiin. kiitos",
            "RESTRICTION   | Please freeze my contact details | Another resident told me they received a message meant for me, so it seems my phone number is linked to the wrong flat. Please stop using my contact details until you have checked what has gone wrong.",
            "RESTRICTION   | Käsittelyn rajoittaminen | Luottotietoselvitys on mielestäni virheellinen. Rajoittakaa minua koskevien tietojen käsittelyä, kunnes luottotietoyhtiö on tarkistanut asian.",
            "RECTIFICATION | syntymä aika väärin | Hei, huomasin OmaHekassa että syntymä päiväni on väärin, siinä lukee 12.3. vaikka oikea on 21.3. korjaisitteko sen.",
            "RECTIFICATION | Virheellinen tieto taloudesta | Asukaskyselyssä oli esitäytettynä, että taloudessani asuu kaksi aikuista. Tieto on väärä: asun yksin, ja ex-puolisoni muutti pois jo kaksi vuotta sitten. Pyydän korjaamaan asukastietoni.",
            "ERASURE       | Entinen asukas | Sain taas maaliskuun Asukasuutiset, vaikka muutin pois Hekan asunnosta jo syksyllä 2024. Poistakaa kaikki minua koskevat tiedot rekistereistänne, en ole enää asiakkaanne.",
            "ACCESS        | Re: Varausvahvistus: talosauna | hei saako teilta jotenki listan kaikista mun tiedoista mita teilla on jarjestelmassa? myos noi saunavaraus jutut ja kaikki muutki. kiitti",
            "ERASURE       | Sv: Bokningsbekräftelse: tvättstuga | jag har köpt egen tvättmaskin och kommer inte att använda tvättstugan mer. Radera min bokningshistorik ur bokningssystemet.",
            "RESTRICTION   | Tietojen säilyttäminen | Muutin pois syyskuussa ja tiedän, että poistatte entisten asukkaiden tietoja. Tarvitsen kuitenkin tietoja riidassa. Pyydän, että tietojani ei poisteta vaan niiden käsittelyä rajoitetaan, kunnes riita on ratkaistu.",
            "OBJECTION     | Asukaskirje | lopettakaa asukaskirjeen lähettäminen minulle sähköpostiin. Luen tiedotteet ilmoitustaululta.",
            "RECTIFICATION | Språk i era uppgifter | jag står som finskspråkig i era uppgifter, men mitt modersmål och språk för kontakt är svenska. Rätta detta, tack. Julbrevet kom på finska igen.",
            "ACCESS        | Kirje tietosuojasta | Poikani kertoi, että jokaisella on oikeus tietää, mitä tietoja yhtiöllä on hänestä. Pyydän siis, että lähetätte minulle kaikki tiedot, jotka teillä on minusta.",
            "RECTIFICATION | kontaktnummer | moi, ni har mitt gamla jobbnummer som kontaktnummer, kan ni fiksa så det står 045 555 0163 istället. jag har inte jobbat där på två år lol",
            "ERASURE       | bytesbörsen | moi, kan ni deleta mina grejer från er bostadsbytesjuttu, har hittat ny kåk i vanda. kiitos",
            "ACCESS        | Mina uppgifter | Nu har jag ingen aning om vad som finns sparat om mig. Så jag skulle vilja få en kopia av de personuppgifter ni har om mig. Jag har också märkt att ni byter fönster i grannhuset, det drar rätt ordentligt vid fönstret i vintras!",
            "ERASURE       | Bilder från gårdstalkot | På gårdstalkot tog någon från Heka bilder som sedan publicerades på er webbsida. Jag vill att bilderna där jag syns raderas.",
            "RESTRICTION   | Uppgifterna får inte raderas | Jag har förstått att ni snart raderar uppgifterna om mitt gamla hyresförhållande. Jag vill att ni inte raderar dem utan begränsar behandlingen och sparar dem tills tvisten är avgjord.",
            "ACCESS        | Begäran om mina personuppgifter | Jag vill begära att få ut de personuppgifter som Heka behandlar om mig.",
            "ACCESS        | inspelade samtal | Jag vet att samtalen till er kundtjänst spelas in. Jag vill få en kopia av de samtal som jag har haft med er under oktober och november 2025.",
            "OBJECTION     | Direktmarknadsföring | Jag vill inte att mina kontaktuppgifter används för direktmarknadsföring, varken av er eller av era samarbetspartner.",
            "PORTABILITY   | fil | moi, kan ni dumpa mina tiedot i nån fil som funkar i excel å sånt? ska byta hyresvärd och dom vill ha allt elektroniskt",
            "RECTIFICATION | Fel inflyttningsdatum | I mina uppgifter hos er står det att jag flyttade in 1.9.2020, men hyresavtalet började 1.8.2020. Kan ni ändra datumet så att det blir rätt.",
            "RESTRICTION   | Pysäköintihallin tallenne säilytettävä | Pyydän, että hallin kameratallennetta tältä päivältä ei poisteta eikä sitä ylikirjoiteta ennen kuin poliisi on saanut sen. En tarvitse tallenteesta kopiota itselleni.",
            "ERASURE       | Deletion of camera footage | The camera in the hall must have recorded it. I don't want a copy, I just want that footage gone. Please delete it.",
            "RESTRICTION   | Tietojani ei saa poistaa | Vuokranantajan on ilmeisesti tarkoitus poistaa osa tiedoistani säilytysajan päätyttyä. Pyydän siksi, että näitä tietoja ei poisteta, vaan ne säilytetään, mutta niitä ei käytetä mihinkään muuhun ennen kuin riita on ratkaistu.",
            "RECTIFICATION | Tietojen korjaaminen | Asiakastiedoissani on väärä työnantaja. En halua tietoja poistettavaksi enkä niiden käyttöä rajoitettavaksi, pyydän vain että ne päivitetään: nykyinen työnantajani on Sähköasennus Lumme Oy.",
            "ACCESS        | Mitä minusta on kirjattu | Haluan nähdä, mitä minusta on teille kirjattu. Lähettäkää ne minulle kopiona. Voi olla, että pyydän myöhemmin joitain kohtia korjattavaksi, mutta nyt pyydän vain tietoja nähtäväksi.",
            "PORTABILITY   | Tiedosto tiedoistani | en tarvitse mitään paperikopiota tai tulostetta, vaan tiedoston, jonka voin itse viedä uudelle vuokranantajalle.",
            "RECTIFICATION | Väärä puhelinnumero | Huoltoyhtiöltä soitettiin naapurilleni, koska minun kohdallani on teidän järjestelmässä hänen numeronsa. Oikea numeroni on 044 555 0187. Korjatkaa se, kiitos.",
            "OBJECTION     | Markkinointiviestit | olen pahoillani jos tämä on väärä osoite, en löytänyt parempaa. Minulle tulee teiltä usein sähköpostia tarjouksista. Voisinko pyytää, että ette enää lähetä minulle markkinointia?",
            "RECTIFICATION | Sähköpostiosoite väärin | olin jo ehtinyt ajatella että minut on unohdettu kokonaan. Nyt selvisi: sähköpostiosoitteeni on kirjattu muotoon heli.vaisanen@example.con. Pitäisi olla heli.vaisanen@example.com.",
            "RECTIFICATION | Väärä nimi kirjeissä | Tänään tuli kirje vielä entisellä sukunimelläni. Joka kerta kun näen sen nimen postiluukussa, tulee paha mieli. Korjatkaa nimeni tietoihinne: Marjo Rautio (ent. Kivelä).",
            "RESTRICTION   | Restrict use of complaint record | A neighbour has filed a complaint claiming I've been smoking in the stairwell. I don't smoke. Until that's checked I'd like you to restrict processing of that complaint record.",
            "ACCESS        | Tiedot eron jälkeen | Minulle tulee vieläkin kirjeitä, joissa on meidän molempien nimet, ja olen ihan sekaisin siitä, mitä teidän järjestelmässä oikein on. Pyydän kopion niistä tiedoista, joita teillä on minusta itsestäni.",
            "ERASURE       | Radering av mina personuppgifter | Sista året var tufft med en granne som klagade på allt. Jag ber er därför radera alla personuppgifter om mig som ni inte är skyldiga att spara enligt lag.",
            "RESTRICTION   | Please do not delete my deposit records yet | I understand you would normally delete some of my data around now. Please don't delete it - keep it, but don't use it for anything else, because I need it for my claim.",
            "OBJECTION     | Re: Heka news - spring 2026 | I keep getting these. Please take me off the list.",
            "ACCESS        | My file with Heka | The neighbour downstairs complained about the children running. I am not writing to complain. I only want to see everything that is recorded about me in your files.",
            "ERASURE       | Re: Resident news June 2026 | I moved out of Satamakatu last August and I'm no longer your tenant. Please delete all my personal data.",
            "PORTABILITY   | flytta mina uppgifter | hej jag flyttar till en bostad hos Bostads Ab Strandgården och undrar om ni kan skicka mina uppgifter direkt dit alltså överföra dem så jag slipper fylla i allt igen",
            "ERASURE       | uutiskirjerekisteri | moi mä haluan että mun tiedot poistetaan teidän uutiskirjerekisteristä kokonaan eli ei riitä että tilaus vaan loppuu vaan se sähköposti ja nimi ja kaikki pois sieltä rekisteristä",
            "RECTIFICATION | nimi | moi mun nimi on teillä Jonna vaikka se on Johanna virallisesti ja se on vähän hankala kun esim sähköyhtiö ei löydä mua niin voisitteko korjata sen oikeeks",
            "ACCESS        | Tietosuoja-asetuksen 15 artiklan mukainen pyyntö | Pyydän 15 artiklan nojalla tiedon siitä, mitä henkilötietojani käsittelette, mihin tarkoituksiin, kenelle niitä on luovutettu ja kuinka kauan niitä säilytetään, sekä kopion käsiteltävistä tiedoista.",
            "ACCESS        | Mitä minusta on kirjattu? | Huoltomies kävi eilen vaihtamassa palovaroittimen ja mainitsi, että järjestelmässä lukee minulla olevan koira. Ennen kuin pyydän mitään korjauksia, haluaisin nähdä kaiken, mitä minusta on kirjattu. Lähettäkää minulle kopio tiedoistani.",
            "ACCESS        | Avaimen kulkulokit | pyydän kopiota oman avaintunnisteeni kulunvalvontatiedoista. Tyttärelläni on oma tunniste, mutta en pyydä hänen tietojaan, vain omani.",
            "ACCESS        | video rappukäytävästä | joku on valittanut et mä oisin jättäny roskapussin rappuun. en oo. haluun nähä itse sen kameran tallenteen missä mä näyn, torstai 22.1. illalla C-rappu. laittakaa se mulle.",
            "ERASURE       | Nyhetsbrevsregistret | radera mina uppgifter i nyhetsbrevsregistret, tack. Namn och e-postadress räcker att ta bort, jag har redan avslutat prenumerationen.",
            "RECTIFICATION | Yhteystiedot ja muuta | Varsinainen asiani: tiedoissanne sukunimeni on yhä Pakarinen-Lahti, mutta luovuin toisesta nimestä eron jälkeen. Korjatkaa nimeksi pelkkä Pakarinen.",
            "ACCESS        | RE: Tietoturvaloukkaus – tietojasi on voinut paljastua | Haluan tietää mitä minusta on vuotanut.",
            "ACCESS        | mina uppgifter | kan ni skicka mig det ni har sparat om mig? blev lite orolig efter ert brev om läckan.",
            "ACCESS        | Kysely tiedoistani | Tyttäreni luki minulle teidän kirjeenne tietovuodosta. En halua tehdä tästä suurta numeroa, mutta haluaisin nyt tietää, mitä tietoja teillä minusta on ja mitkä niistä olivat siellä näkyvillä.",
            "RESTRICTION   | Hold on my data | After the data breach you told us about, please put a hold on the use of my data until the investigation is finished.",
            "ACCESS        | Valvontakameran tallenne | pyydän kopiota valvontakameran tallenteesta, jossa näyn itse. Voin tarvittaessa tulla katsomaan tallenteen toimistolle, jos sitä ei voi lähettää.",
            "OBJECTION     | Objection to processing | I object to my personal data being processed by the subcontractor responsible for the leak. I do not consent to them handling my details in future.",
            "OBJECTION     | Vastustan käsittelyä | vastustan sitä, että minun tietojani käsittelee jatkossakin sama alihankkija, jonka virheestä vuoto johtui. En hyväksy tätä käsittelyä.",
            "RESTRICTION   | Please don't delete - restrict instead | I know you would normally delete the access-control and maintenance records about me later, but I need them for an insurance claim. Please keep them and only restrict their use instead of deleting them.",
            "ACCESS        | Loggar för min nyckelbricka | Efter att det nya passersystemet installerades har jag förstått att alla dörröppningar loggas. Jag vill få ut de loggar som gäller min egen bricka, det vill säga vilka dörrar som har öppnats med den och när.",
            "ERASURE       | Erasure of my personal data | I am asking you to erase all personal data you hold about me, except what you are legally required to keep.",
            "RESTRICTION   | Kulunvalvontaloki ja saunavaraus | Minulla oli silloin avaintunniste kateissa ja se on nyt vaihdettu uuteen. Pyydän rajoittamaan minua koskevien lokitietojen käyttöä siihen asti, että asia on selvitetty.",
            "ACCESS        | Muuttanut syyskuussa | Hakemusta tehdessä jouduin toimittamaan palkkatodistuksia, edellisen vuokranantajan suosituksen ja luottotietoselvityksen. Haluaisin nyt saada tietää mitä kaikkia tietoja minusta on teillä tallennettuna, ja saada niistä kopion.",
            "RESTRICTION   | tiedot jäihin | moi, mä laitoin jo viime viikolla korjauspyynnön et mun tulotiedot on väärin teidän systeemissä. voisitteko nyt pistää ne tiedot jäihin eli ette käytä niitä mihinkään ennen ku ne on tarkistettu?",
            "ACCESS        | Mitä tietoja minusta on tallennettu | Äiti oli sopimuksessa takaajana. Eli pyydän kopion kaikista minua koskevista tiedoista. Äidin tietoja en tarvitse, vain omat.",
            "ERASURE       | vanha asuntohakemus | Hei! Sain asunnon muualta, joten voitteko poistaa mun vanhan asuntohakemuksen ja siinä olevat tiedot? Hain teiltä kolmeen eri kohteeseen, kaikki saa poistaa.",
            "PORTABILITY   | Tietojen siirto | Muutan ensi kuussa toisen opiskelija-asuntosäätiön asuntoon. Voisitteko siirtää minun tiedot suoraan heille? Heidän tietosuojaosoite on tietosuoja@opiskelijakoti.example.fi.",
            "ERASURE       | Uutiskirjerekisterin tiedot | pyydän, että poistatte tietoni uutiskirjerekisteristänne kokonaan – nimen, sähköpostin ja kaiken muun, mitä siellä minusta on.",
            "ERASURE       | Old application | Please delete my old housing application. Let me know what information you need from me to confirm my identity.",
            "ACCESS        | Omat tietoni | Lapsenlapseni kertoi, että saa tietää, mitä vuokranantaja on kirjannut. Olisin kiitollinen, jos lähettäisitte minulle kaikki minusta tallennetut tiedot.",
            "ACCESS        | Anteckningar om störningar | Jag har fått en skriftlig varning. Enligt varningen har flera grannar klagat. Jag vill ta del av alla anteckningar och andra uppgifter om mig som finns registrerade i samband med detta.",
            "PORTABILITY   | tiedot tiedostona | moi! voisitteko lähettää kaikki mun tiedot semmosessa muodossa että ne saa koneella auki ja siirrettyä muualle, json tai csv käy. kiitti",
            "RECTIFICATION | Nimeni väärin asukasluettelossa | asukasluettelossa nimeni oli kirjoitettu Mäkkelä. Oikea kirjoitusasu on Mäkelä. Luettelo on ilmeisesti tulostettu teidän asiakastiedoistanne, joten pyydän korjaamaan nimen rekisteriinne.",
            "OBJECTION     | Resident list for the house committee election | The notice says Heka will give the house committee a list of residents. I object to my name and flat number being given to the committee. Please leave me out of that list.",
            "RECTIFICATION | Gammalt nummer | Ta bort mitt gamla telefonnummer och lägg in det nya: 050 765 4321.",
            "RECTIFICATION | Old phone number | Please remove my old phone number 040 123 4567 from your records and add the new one, 050 765 4321.",
            "ERASURE       | forget me | please forget me, I moved out last year.",
            "ERASURE       | Radering | Jag vill bli glömd hos er. Jag flyttade ut i somras.",
            "RESTRICTION   | Tulotiedot | Voitteko pitää tulotietoni käyttämättöminä kunnes asia on selvitetty."})
    void requestsAsResidentsWriteThem(PrivacyCase.Type type, String subject, String text) {
        RequestClassifier.Classification c = CLASSIFIER.classify(subject, text, null);
        assertThat(c.type()).as(c.evidence() + " " + c.unclear()).isEqualTo(type);
        assertThat(c.isClear()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // two requests, the second "a copy of everything"; a spouse's data; the name on the door buzzer
            "My data | Hi, please delete my old housing application and also send me a copy of everything else you have about me.",
            "vaimon tiedot | moi, mun vaimo haluu et sen tiedot poistetaan teiän asukasrekisterist ku se muutti jo pois.",
            "Nimi ovisummerissa väärin | Ulko-oven summeritaulussa nimeni on väärin. Voisitteko korjata nimen?",
            // what a friend said one can ask is not a request; freezing the rent is no restriction of data
            "Is this true? | Hi, my friend told me I can ask you to delete all my data. Is that true, even if I still live in the flat?",
            "Hyran | Badrummet har varit ur bruk i sex veckor. Kan ni frysa hyran eller sänka den medan det pågår?",
            // a question that is not a polite request asks; it does not request (only "what data" requests)
            "Retention | How long do you keep the information of former tenants, and is it deleted automatically at some point?",
            // the resident says there are several things
            "Två saker | Radera min gamla bostadsansökan. Jag vill också ha en kopia av kamerainspelningen.",
            "two things | Hi, two things: 1. what do you have about me 2. freeze the noise complaint until it is checked",
            // the marketing that is stopped is a second request beside the erasure, not the erased object
            "Riittää | Lopettakaa markkinointi minulle ja poistakaa samalla kaikki tietoni rekisteristänne.",
            // the intercom's name plate is the caretaker's
            "Ovipuhelin | Korjatkaa nimeni ovipuhelimeen, siinä lukee edelleen edellisen asukkaan nimi.",
            // "I am stopping using the service" is no request to stop processing
            "Asunnonvaihtopörssi | Haluaisin ladata ilmoitukseni tiedot itselleni tiedostona ja sitten poistakaa tilini ennen kuin lopetan palvelun käytön.",
            // "there" is the intercom of the sentence before
            "ovipuhelin | Alaoven ovipuhelimessa on vieläkin edellisen asukkaan nimi. Voisitteko päivittää sinne minun nimeni?",
            // asking whether it has been done is no new request (the first, or a complaint, is a person's to read)
            "Poisto | Olen pyytänyt jo kahdesti, ettekö ole vieläkään poistaneet tietojani?",
            "Poisto | Oletteko jo poistaneet tietoni?",
            "Question | Is my data deleted yet, can you check?",
            "Question | Have you deleted my data, please?",
            // a booking in the laundry's system is the caretaker's
            "pesutupavaraus | Voitteko poistaa sen varauksen järjestelmästä niin joku muu saa vuoron?",
            // holdout13's and holdout14's false cases: freeze now and delete later; access and a transfer in slang;
            // a client's, a son's, a father's, a ward's data; wondering what is collected from applicants
            "tiedot | jaadyttakaa mun tiedot nyt heti kun se riita vuokrasta on kesken, ja kun se on ohi niin poistakaa kaikki. kiitos",
            "mun tiedot | moi! haluun nähä mitä teil on musta ja sit et ne siirretään suoraan mun uudelle vuokranantajalle. kiitti",
            "Asiakkaan tiedot | Olen sosiaaliohjaaja. Asiakkaani haluaa, että hänen vanhentuneet yhteystietonsa korjataan.",
            "Min sons ansökan | Min son är 16 år och sökte en bostad hos er. Han vill nu att ni raderar hans ansökan.",
            "Puhelinnumero | Isäni ei osaa käyttää sähköpostia. Hän haluaa, että puhelinnumero päivitetään teidän tietoihinne.",
            "Rättelse | Jag är intressebevakare för min huvudman. Jag begär att adressen rättas i era register.",
            "Hakijoiden tiedot | Olen hakemassa asuntoa ja mietin, mitä tietoja keräätte asunnonhakijoista.",
            "Tell me | Tell me what you have on me and correct what is wrong.",
            // holdout15's and holdout16's false cases: a photo taken down and "what else you have on me"; both of us;
            // a procedure question under a request-like subject; a camera clip sent and then deleted; a PS
            "Kuva Instassa | Ottakaa se kuva pois, ja kun kerran asiaa hoidatte, kertokaa samalla mitä muuta te ootte musta tallentanu.",
            "Meidän tiedot | Hei, pyydän kopion meidän molempien tiedoista, siis minun ja vaimoni Liisan.",
            "Se mina uppgifter? | Hej! Kan jag få se mina uppgifter om jag vill? Hur gör man i så fall?",
            "kopio tiedoista? | Miten mä voin pyytää kopion mun tiedoista? Pitääkö tulla toimistolle?",
            "CCTV laundry room | Hi, please send me the CCTV clip from the laundry room on 3 March where I appear, and after that delete it.",
            "Reklam | Sluta skicka reklam till mig. PS. telefonnumret ni har är fel, det nya är 044 555 0172",
            // holdout17's and holdout18's false cases: only "she does not use email" shows someone else; a P.S.
            // "no need to send newsletters"; a question whether one can cancel oneself; a copy and "change that";
            // a sauna booking "corrected"; a number changed and a P.S. erasure
            "Tietopyyntö | Pyydän kopion kaikista tiedoista vuokrasopimukseen A 12 liittyen. Hän ei itse käytä sähköpostia, joten vastauksen voi lähettää tähän osoitteeseen.",
            "Asunnonvaihtopörssi | Asunnonvaihtopörssin ilmoitukseni ja profiilini voi poistaa. PS. Uutiskirjeitä ei tarvitse enää lähettää tähän osoitteeseen.",
            "Uutiskirjeen peruminen | voiko uutiskirjeen tilauksen perua itse OmaHekassa, vai pitääkö siitä laittaa teille sähköpostia?",
            "My application | could you send me a copy of my housing application? The monthly income should be 3 200 €, not 2 300 €, so please change that in the meantime.",
            "Bastuturen | Min bastutur har blivit fel i bokningssystemet: nu står det tisdag. Kan ni rätta det?",
            "Uusi numero | Minun puhelinnumero on vaihtunut. Uusi on 044 555 0172. PS. Ja asunnonvaihtopörssi tili minun, sen poistakaa.",
            // the newsletter named before "and": its own request, not the object of the erasure after it
            "Nyhetsbrev och Ekoekspertti | Avsluta min prenumeration på nyhetsbrevet och radera dessutom mitt Ekoekspertti-konto.",
            "Ekoekspertti-tilin poistaminen? | Jos pyydän poistamaan Ekoekspertti-tilini, häviävätkö silloin myös vanhat kulutustiedot?",
            // a name on a thing of the sentence before is the caretaker's
            "Ovipuhelimen nimi | Ovipuhelimessa on yhä edellisen asukkaan nimi. Vaihtaisitteko tilalle minun nimeni?",
            "laundry slot | hey can u move my laundry slot to wed? and remove my name from the monday list thx",
            "Kadonnut avainlätkä | Kadotin avainlätkäni eilen illalla pihalla. Saisiko sen poistettua järjestelmästä, ettei kukaan pääse sillä sisään?",
            // the subject's statement is the matter of the body's thing
            "Name spelt wrong | My surname is spelt wrong on the entry phone panel at the front door. Could you get it corrected?",
            "Still getting newsletters | I asked you to stop the newsletter back in January and got a reply saying it was done. It's now May and I've received three more.",
            "Do you share tenant data? | Does Heka share tenants' personal data with the city? I'm just trying to understand who gets my information.",
            "Huoltoyhtiö ja tiedot | Saako huoltoyhtiö teiltä puhelinnumeroni? Kiinnostaisi tietää, mitä tietoja heille oikeastaan annetaan.",
            "Uutiskirje ja ovi | En halua enää uutiskirjettä. Lisäksi ulko-ovi ei mene kiinni. Laittakaa joku katsomaan sitä.",
            "Postilaatikkosi on täynnä – vahvista tietosi | Sähköpostilaatikkosi tallennustila on 98 % täynnä. Vahvista tietosi 24 tunnin kuluessa, muuten tilisi ja kaikki viestisi poistetaan.",
            "kela todistus?? | kela haluu multa jonku vuokratodistuksen. voitteks laittaa ne tiedot mulle pdf:nä tai jotain",
            "Kaima | Meidän tiedot ovat menneet teillä sekaisin. Voisitteko laittaa minun tietoni kuntoon? Ja lähettäkää kopio kaikesta mitä minusta on.",
            // "ta bort den" and "kan ni radera": two requests, the second's data far before its verb
            "ovipuhelimen nimi | Ulko-oven ovipuhelimessa lukee edelleen edellisen asukkaan nimi meidän asunnon kohdalla. Korjatkaa nimi minun nimeksi: Salo. Kiitos!",
            "copy of lease for Migri | I need a copy of my lease agreement for the Finnish Immigration Service. Can you send me a signed copy by email?",
            "Nimi väärin ovipuhelimessa | ala-aulan ovipuhelimessa nimeni lukee Karkainen, eivätkä vieraat löydä minua listasta. Korjatkaa nimi oikeaksi: Kärkkäinen.",
            "Puhelinnumero ja tiedot | Sain uuden puhelimen, ja numerokin vaihtui: uusi on 050 555 0614. Laittakaa se teidän tietoihin vanhan tilalle. Ja kun nyt kirjoitan, haluaisin myös saada kirjeenä kaikki ne tiedot, joita minusta on teillä.",
            "Sain jonkun toisen tiedot | pyysin joulukuussa kopiota tiedoistani, ja nyt sain pdf:n. Siinä on kuitenkin aivan toisen asukkaan nimi, henkilötunnus ja vuokrahistoria – ei minun.",
            "kamerat parkkipaikalla | moi, voiko asukas saada valvontakameran tallenteen jos vaikka omaan autoon ajetaan parkkipaikalla, vai annatteko niitä vaan poliisille?",
            "Fråga om nyhetsbrevet | Om jag avslutar prenumerationen på nyhetsbrevet, får jag fortfarande meddelanden om vattenavbrott och trappstädning?",
            "Following up – deletion of my application | I wrote to you on 3 March asking you to delete my old application. I haven't heard anything since.",
            "Question about data copies | Hello, if I ask for a copy of my personal data, how long does it usually take, and is there a fee? Just asking for now.",
            "csv + frysning | Skicka mina uppgifter som csv och frys dem sedan tills tvisten med grannen är löst.",
            // a repair ("korjatkaa hana") beside a request, or alone with the contact details mentioned
            "Vuotava hana | keittiön hana tippuu koko ajan. Korjatkaa hana, yhteystietoni löytyvät teidän järjestelmästä ja huoltomies saa tulla yleisavaimella.",
            "Tiedot ja hana | lähettäkää minulle minusta tallennetut tiedot. Samalla ilmoitan, että keittiön hana vuotaa, korjatkaa se mahdollisimman pian.",
            "Christmas party invite | It was sent with all recipients in the To field, so I can see about 80 residents' email addresses. There was also an attached Excel file with names, flat numbers and phone numbers. I have deleted the attachment.",
            // a retention question beside a request is a person's to answer
            "Radera | Radera min gamla bostadsansökan. Och hur länge sparar ni egentligen uppgifter om folk som bara har sökt bostad?",
            "Poistopyyntö ei toteutunut | pyysin huhtikuussa poistamaan vanhan asuntohakemukseni, ja sain vahvistuksen. Eilen sain silti tekstiviestin, jossa minulle tarjottiin asuntoa kyseisen hakemuksen perusteella. Miten tämä on mahdollista?",
            "portal | I cannot access my data in the resident portal, the password does not work.",
            "Tietojen siirto EU:n ulkopuolelle? | Selosteessa sanotaan, että tietoja ei käsitellä EU/ETA-alueen ulkopuolella. Käytättekö kuitenkin Microsoftin pilvipalveluita?",
            "Unacceptable handling of my request | I asked for a copy of my data six weeks ago. What I got was a single page with my name and address. I'm very disappointed with how this has been handled and I want a manager to look into it.",
            "Kela | Saako Kela tiedot suoraan teiltä? Ja mitä muuta teiltä menee Kelalle musta?",
            "Vastaus puuttuu edelleen | Lähetin heinäkuussa pyynnön saada tietoni, eikä kukaan ole vastannut. Tämä ei ole hyväksyttävää, laki antaa teille kuukauden.",
            "SV: Vår dataskyddsbeskrivning har uppdaterats | min man Rolf och jag vill båda ha registerutdrag över vad ni har sparat om oss. Skicka gärna båda till min adress, Rolf har ingen e-post.",
            "Re: Our privacy notice has been updated | I'd like access to the data you hold on me. Also, please correct my phone number while you're at it - it should be +358 50 771 2046.",
            "Re: Kerro mielipiteesi - asukastyytyväisyyskysely 2026 | Lopettakaa kyselyjen lähettäminen minulle. Lisäksi poistakaa kaikki aiemmat kyselyvastaukseni ja yhteystietoni Tutkimus Oy Esimerkiltä ja teiltä.",
            "Re: Ikkunaremontti alkaa - asennusaikataulu | kysyn vain: onko Ikkunapojilla vaitiolovelvollisuus, ja käyttävätkö he puhelinnumeroani vain tähän remonttiin? En halua jälkikäteen myyntipuheluita.",
            "surveys | Stop sending me surveys. And tell me what data you've collected from my previous answers and what you did with it.",
            "Varastomurto 5.12. | Meidän varastoon murtauduttiin viime lauantaina. Kuinka kauan varastokäytävän kameratallenteita säilytetään? Poliisi ei ole vielä ottanut yhteyttä ja mietin ehtiikö tallenne hävitä.",
            "Uppgifter och flytt | Jag vill se vilka uppgifter ni har om mig, och dessutom vill jag att ni skickar min betalningshistorik i elektronisk form direkt till min nya hyresvärd i Vanda.",
            "Uppgiften om störning | anteckningen om störning den 5 mars är fel. Frys uppgiften medan ni utreder saken, och när det har visat sig att den är fel vill jag att ni raderar den helt.",
            "Mina uppgifter | jag vill dels få en kopia av alla uppgifter ni har om mig så att jag ser vad som finns, dels att ni skickar mina hyres- och betalningsuppgifter i elektronisk form direkt till min nya hyresvärd.",
            "Uutiskirje ja tiedot | lopettakaa uutiskirjeen lähettäminen ja poistakaa samalla kaikki uutiskirjerekisteriin tallennetut tietoni.",
            "Fråga om registerutdrag | vad är skillnaden mellan att begära en kopia av mina uppgifter och att begära dem i maskinläsbart format? Vilket ska jag välja om jag bara vill veta vad ni har?",
            "tallenne | moi, mun auton ikkuna rikottiin pihalla 2.5 yolla. saisinko kopion kameran tallenteesta ja sit et se tallenne sailytetaan eika poisteta ennen ku poliisi on kattonu sen",
            "Saamani tiedot olivat puutteelliset | sain pyytämäni kopion tiedoistani, mutta siitä puuttuivat huoltopyyntöni. Pidän tätä huolimattomana käsittelynä ja haluan, että joku esimies katsoo, miten pyyntöni on hoidettu.",
            "Riittää nyt | markkinointipuhelut loppuu nyt, ja samalla haluan tietää mitä kaikkea teillä on minusta ja sen jälkeen kaikki mitä ei ole pakko säilyttää pitää poistaa.",
            "Access request | I need access to the bicycle storage in building C but my key tag doesn't open it. Can you fix my access please?",
            "tiedot | tota mä haluisin kopion kaikista mun tiedoista itelleni ja sit lisäks et te siirrätte ne mun uudelle vuokranantajalle suoraan koneluettavana niin saan molemmat",
            "Tiedot itselle ja uudelle vuokranantajalle | Pyydän kopion kaikista tiedoistani itselleni, ja lisäksi siirtäkää tietoni koneluettavassa muodossa uudelle vuokranantajalle Kotiasunnot Esimerkki Oy:lle.",
            "Soluasunnon asukkaiden tiedot | asumme kolmestaan soluasunnossa. Me kaikki halutaan saada kopiot omista tiedoistamme. Voisitteko lähettää ne kaikki tähän osoitteeseen?",
            "Ei vastausta | lähetin teille kuukausi sitten pyynnön tietojeni poistamisesta, enkä ole saanut mitään vastausta. Tämä on mielestäni täysin asiatonta. Kuka teillä vastaa näistä asioista?",
            "Byta lås | eftersom vår adress har läckt vill vi gärna byta lås på ytterdörren. Kan fastighetsskötaren ordna det?",
            "Data leak | I want to report a data breach: your caretaker left a list of all tenants' phone numbers in the stairwell. Delete my number from it.",
            "Min man och enkäterna | min man Ove är dement och blir mycket orolig när ni ringer om enkäter. Sluta ringa honom.",
            "Adress och gammal ansökan | min adress hos er är fortfarande Tallbacken 4, fast jag har bott på Lövstigen 11 A 3 sedan i höstas, så den behöver ändras. Och medan ni ändå är inne i systemet: ansökan jag gjorde 2021 för en trea kan ni radera.",
            "Maksumuistutus työsähköpostiin | lähetitte eilen maksumuistutuksen työsähköpostiini, jota myös esihenkilöni lukee. En ole antanut teille tätä osoitetta. Pidän tätä vakavana virheenä ja haluan selvityksen siitä, mistä saitte osoitteen.",
            "Muistutus meni naapurille | naapuri toi minulle teidän maksumuistutuksenne, jonka oli avannut. Osoitteessa oli väärä asuntonumero. Tämä on mielestäni tietosuojaloukkaus.",
            "Oikaisuvaatimus irtisanomiseen | vaadin oikaisua vuokrasopimukseni irtisanomiseen (irtisanomisilmoitus päivätty 31.7.2026). Häiriöt ovat aiheuttaneet alakerran asukkaat, en minä.",
            "Numero ja hakemus | Korjatkaa puhelinnumeroni, uusi on 050 7654321. Poistakaa myös vanha asuntohakemukseni.",
            "Queue | I have been waiting for a flat for two years. Please don't forget me in the queue!",
            "flat | Just forget about me then, I'll find a flat somewhere else. Your service is terrible.",
            "Still waiting | Did you forget me? I asked for a copy of my data three weeks ago and nothing has come."})
    void notOneClearRequest(String subject, String text) {
        RequestClassifier.Classification c = CLASSIFIER.classify(subject, text, null);
        assertThat(c.isClear()).as(c.evidence() + " " + c.type()).isFalse();
    }
}
