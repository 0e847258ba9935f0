package fi.tietovahti.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The access report of the showcase resident, read back from the DOCX with docx4j, and as PDF. */
@TietovahtiTest
class AccessReportRendererIT {

    @Autowired
    AccessReportRenderer renderer;
    @Autowired
    PersonalDataSources sources;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    fi.tietovahti.catalogue.Catalogue catalogue;
    @Autowired
    fi.tietovahti.catalogue.ControllerProperties controller;

    private List<PersonalDataRecord> showcaseRecords() {
        long aino = residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow().getId();
        return sources.collect(residents.subjectOf(List.of(aino)));
    }

    private AccessReportRenderer.ReportRequest request(String language, List<PersonalDataRecord> records,
                                                       List<AccessReportRenderer.Redaction> redactions) {
        return new AccessReportRenderer.ReportRequest("TV-2026-000123", language, "Aino Virtanen",
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), records, redactions);
    }

    @Test
    void aRedactedComplainantIsAbsentWhileEverythingElseIsThere() {
        List<PersonalDataRecord> records = showcaseRecords();
        PersonalDataRecord complaint = records.stream().filter(r -> r.category().equals("disturbance.complaint"))
                .findFirst().orElseThrow();
        String complainant = (String) complaint.fields().get("complainant");
        PersonalDataRecord interaction = records.stream()
                .filter(r -> r.category().equals("customer-service.interaction")).findFirst().orElseThrow();
        String staff = (String) interaction.fields().get("handledBy");

        String text = AccessReportRenderer.textOf(renderer.render(request("fi", records, List.of(
                new AccessReportRenderer.Redaction(complaint.recordRef(), "complainant", "Art. 15(4): neighbour"),
                new AccessReportRenderer.Redaction(interaction.recordRef(), "handledBy", "staff member")))).docx());

        assertThat(text).doesNotContain(complainant).contains("[poistettu: toisen henkilön tieto]");
        assertThat(text).contains("Asianumero: TV-2026-000123").contains("Hyvä Aino Virtanen,")
                .contains("Kivikonkaari").contains("010594Y****").doesNotContain(DemoDataGenerator.SHOWCASE_HETU)
                .contains("Vuokralaskut ja muut maksut").contains("Kameratallenne").contains("Uutiskirjeen tilaus")
                .contains("tietosuojavaltuutetulle").contains("Sanna Auressalmi")
                .contains("Euroopan talousalueen ulkopuolella").doesNotContain("${").doesNotContain("REPORT_CONTENT");
        // the description of the complaint stays: only the named item was removed
        assertThat(text).contains((String) complaint.fields().get("description"));
        // register enums read as words, also inside a co-resident's entry; no raw constant is left
        assertThat(text).contains("Asema: päävuokralainen").contains("(puoliso)").doesNotContain("MAIN_TENANT")
                .doesNotContain("(SPOUSE)");
        // every category of every register is in the report, with or without records
        assertThat(text).contains("Koronavirukseen liittyvät terveystiedot").contains("Asiakaspalvelun kameravalvonta");
    }

    /** GDPR 15(1)(c): the report lists to whom the person's data was disclosed, on what basis, and their consents. */
    @Test
    void theReportListsTheDisclosuresMadeAboutThePerson() {
        String text = AccessReportRenderer.textOf(renderer.render(request("fi", showcaseRecords(), List.of())).docx());
        assertThat(text).contains("Luovutusrekisteri").contains("Tietojen luovutus").contains("Vastaanottaja: Kela")
                .contains("Laki yleisestä asumistuesta 938/2014 §42(1)")
                .contains("Suostumus tietojen luovuttamiseen").contains("Peruttu")
                .contains("Asumistuki maksetaan vuokranantajalle");
    }

    /**
     * What a resident reads (issue 15): no internal row ids and no staff logins; a long series (rent invoices,
     * readings, lock events) as a table per year instead of a box per record. The showcase resident's PDF was 42
     * pages before; both counts are written to target/reports/showcase-pages.txt.
     */
    @Test
    void theResidentReadsNoInternalIdsNoStaffLoginsAndLongSeriesByYear() throws Exception {
        List<PersonalDataRecord> records = showcaseRecords();
        AccessReportRenderer.Report report = renderer.render(request("fi", records, List.of()));
        String text = AccessReportRenderer.textOf(report.docx());
        assertThat(text).doesNotContain("(tunniste)").doesNotContain("Tarkistaja:").doesNotContain("Käsittelijä:")
                .doesNotContain("Henkilöllisyyden tarkisti:");
        // the ledger is a series: an intro line, then a bold year line and a table per year, newest first
        long ledger = records.stream().filter(r -> r.category().startsWith("rent-ledger")).count();
        assertThat(ledger).isGreaterThan(AccessReportRenderer.SERIES);
        assertThat(text).contains(" merkintää vuosittain, uusin vuosi ensin.");
        java.util.regex.Matcher years = java.util.regex.Pattern.compile("(?m)^(20\\d\\d) \\((\\d+)\\)$").matcher(text);
        List<Integer> seen = new java.util.ArrayList<>();
        while (years.find()) {
            seen.add(Integer.parseInt(years.group(1)));
        }
        assertThat(seen).as("year lines").isNotEmpty();
        // the same records laid out a box per record, as before: the series take much less paper
        byte[] boxes = new AccessReportRenderer(catalogue, controller, Integer.MAX_VALUE)
                .render(request("fi", records, List.of())).pdf();
        try (var document = org.apache.pdfbox.Loader.loadPDF(report.pdf());
             var before = org.apache.pdfbox.Loader.loadPDF(boxes)) {
            int pages = document.getNumberOfPages();
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/reports/showcase-pages.txt"),
                    "showcase resident, fi: " + pages + " pages (a box per record: " + before.getNumberOfPages()
                            + ")\n");
            assertThat(pages).as("pages with series, against a box per record").isLessThan(before.getNumberOfPages() * 2 / 3);
        }
    }

    @ParameterizedTest
    @CsvSource({"sv, Ärendenummer: TV-2026-000123, Bästa Aino Virtanen, dataombudsmannen",
            "en, Case number: TV-2026-000123, Dear Aino Virtanen, Data Protection Ombudsman"})
    void theReportIsInTheRequestersLanguage(String language, String caseLine, String greeting, String complaint) {
        String text = AccessReportRenderer.textOf(renderer.render(request(language, showcaseRecords(), List.of())).docx());
        assertThat(text).contains(caseLine).contains(greeting).contains(complaint).doesNotContain("${");
    }

    @Test
    void aPersonWithoutDataGetsEveryCategoryMarkedEmpty() throws Exception {
        byte[] docx = renderer.render(request("en", List.of(), List.of())).docx();
        String text = AccessReportRenderer.textOf(docx);
        assertThat(text).contains("There is no data about you in this category.");
        // written unindented (src/main/resources/docx4j.properties): indenting was most of docx4j's saving time
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains("<w:p")
                            .doesNotContainPattern("\\n\\s+<w:p[ >]");
                }
            }
        }
    }

    @Test
    void thePdfIsRenderedWithTheShippedFont() throws Exception {
        byte[] pdf = renderer.render(request("fi", showcaseRecords(), List.of())).pdf();
        // kept for a look by eye: target/reports/showcase-fi.pdf
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports/showcase-fi.pdf"), pdf);
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(20_000);
        // the same content as the DOCX, read back from the PDF: letters, tables, ä and €, the masked code
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Vastaus tarkastuspyyntöön").contains("TV-2026-000123")
                    .contains("Kivikonkaari").contains("010594Y****").doesNotContain(DemoDataGenerator.SHOWCASE_HETU)
                    .contains("Kuukausivuokra (€)").contains("Asema: päävuokralainen").contains("tietosuojavaltuutetulle")
                    .contains("Sanna Auressalmi").containsPattern("TV-2026-000123 · 1 / \\d+");
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            // the shipped face, embedded (a subset), in both weights: the text does not depend on the reader's fonts
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).containsExactly("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void namesWithXmlCharactersAndPastedControlCharactersRenderAsWritten() throws Exception {
        PersonalDataRecord note = new PersonalDataRecord("customer-service", "customer-service.interaction",
                "service_interaction:999999", "Customer-service contact", java.time.Instant.parse("2026-01-05T10:00:00Z"),
                java.util.Map.of("summary", "Soitti <kiireellinen> & pyysi\u000Bsoittoa\u0000takaisin"), java.util.Set.of(), false);
        var request = new AccessReportRenderer.ReportRequest("TV-2026-000124", "fi", "Matti & Maija <Virtanen>",
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), List.of(note), List.of());
        AccessReportRenderer.Report report = renderer.render(request);
        String text = AccessReportRenderer.textOf(report.docx());
        assertThat(text).contains("Hyvä Matti & Maija <Virtanen>,").contains("Soitti <kiireellinen> & pyysi soittoa takaisin");
        try (var document = org.apache.pdfbox.Loader.loadPDF(report.pdf())) {
            String pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(pdf.replaceAll("\\s+", " ")).contains("Matti & Maija <Virtanen>")
                    .contains("Soitti <kiireellinen> & pyysi soittoa takaisin");
        }
    }

    @Test
    void aRecordTallerThanAPageContinuesUnderTheHeaderAndUnknownGlyphsDoNotFailTheReport() throws Exception {
        String longNote = ("Asukas kertoi tilanteesta pitkästi. ").repeat(400) + "Loppu.";
        PersonalDataRecord note = new PersonalDataRecord("customer-service", "customer-service.interaction",
                "service_interaction:999998", "Customer-service contact", java.time.Instant.parse("2026-01-05T10:00:00Z"),
                java.util.Map.of("summary", longNote, "name", "王小明 " + "x".repeat(300)), java.util.Set.of(), false);
        var request = new AccessReportRenderer.ReportRequest("TV-2026-000125", "fi", "Aino Virtanen",
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), List.of(note), List.of());
        byte[] pdf = renderer.render(request).pdf();
        // kept for a look by eye
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports/long-record-fi.pdf"), pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            String all = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Loppu.").contains("??? " + "x".repeat(10));
            // the record's cell runs over pages; each page it continues on starts the table with its header
            int pagesWithTheNote = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains("Asukas kertoi tilanteesta")) {
                    pagesWithTheNote++;
                    assertThat(text).as("page %d", page).contains("Sisältö");
                }
            }
            assertThat(pagesWithTheNote).isGreaterThan(1);
        }
    }

    @Test
    void reportsRenderedAtOnceOnSeveralThreadsAreEachComplete() throws Exception {
        // the job executor renders reports in parallel: nothing of one document may leak into, or break, another
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String caseNumber = "TV-2026-0002%02d".formatted(i);
                texts.add(pool.submit(() -> {
                    var request = new AccessReportRenderer.ReportRequest(caseNumber, "fi", "Aino Virtanen",
                            LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), showcaseRecords(), List.of());
                    AccessReportRenderer.Report report = renderer.render(request);
                    try (var document = org.apache.pdfbox.Loader.loadPDF(report.pdf())) {
                        return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                    }
                }));
            }
            String first = null;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES);
                String caseNumber = "TV-2026-0002%02d".formatted(i);
                assertThat(text).contains(caseNumber).contains("tietosuojavaltuutetulle");
                String normalised = text.replace(caseNumber, "TV-X");
                if (first == null) {
                    first = normalised;
                }
                assertThat(normalised).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
