package fi.tietovahti.letters;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.catalogue.ControllerProperties;
import fi.tietovahti.registers.PersonalDataRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The access report (Art. 15) as DOCX and PDF: the cover letter from templates/access-report-{lang}.docx, then per
 * register and category the Art. 15(1) information from the catalogue and the subject's records in a table,
 * redacted items replaced by a note (Art. 15(4)), and the fixed statements, rights and complaint at the end.
 * Identity codes appear only masked (the record values' own formatting). A fresh package is loaded per document
 * from cached template bytes: docx4j packages are not thread-safe.
 */
@Component
public class AccessReportRenderer {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");
    private static final String MARKER = "REPORT_CONTENT";
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern TRAILING_CONSTANT =
            Pattern.compile("(.+) \\(([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\\)");

    /** One item the handler removed from the report: a field of a record, and why. */
    public record Redaction(String recordRef, String field, String reason) {
    }

    public record ReportRequest(String caseNumber, String language, String requesterName, LocalDate date,
                                LocalDate collectedOn, List<PersonalDataRecord> records, List<Redaction> redactions) {
    }

    private final Catalogue catalogue;
    private final ControllerProperties controller;
    private final int series;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    AccessReportRenderer(Catalogue catalogue, ControllerProperties controller) {
        this(catalogue, controller, SERIES);
    }

    /** With another series length: Integer.MAX_VALUE lays out every record in a box of its own (as before). */
    AccessReportRenderer(Catalogue catalogue, ControllerProperties controller, int series) {
        this.series = series;
        this.catalogue = catalogue;
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** The report as DOCX and PDF, both from one built document. */
    public record Report(byte[] docx, byte[] pdf) {
    }

    public Report render(ReportRequest request) {
        WordprocessingMLPackage pkg = build(request);
        return new Report(save(pkg, request), pdf(pkg, request));
    }

    private static byte[] save(WordprocessingMLPackage pkg, ReportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pkg.save(out);
        } catch (Exception e) {
            throw new IllegalStateException("the report of " + request.caseNumber() + " could not be written", e);
        }
        return out.toByteArray();
    }

    private byte[] pdf(WordprocessingMLPackage pkg, ReportRequest request) {
        try {
            return ReportPdf.render(pkg, controller.name() + " · " + request.caseNumber());
        } catch (RuntimeException e) {
            throw new IllegalStateException("the PDF of " + request.caseNumber() + " could not be rendered", e);
        }
    }

    /** The plain text of a DOCX, as a reader would see it. */
    public static String textOf(byte[] docx) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            StringWriter text = new StringWriter();
            for (Object o : pkg.getMainDocumentPart().getContent()) {
                TextUtils.extractText(o, text);
                text.write('\n');
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException("not a readable DOCX", e);
        }
    }

    private WordprocessingMLPackage build(ReportRequest request) {
        Locale locale = Locale.forLanguageTag(request.language());
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(template(request.language())));
            MainDocumentPart main = pkg.getMainDocumentPart();
            // docx4j puts the values into the document's XML as they are: escape them (a name like "Matti & Maija")
            main.variableReplace(Map.of("caseNumber", Docx.xml(request.caseNumber()), "date", DAY.format(request.date()),
                    "requesterName", Docx.xml(request.requesterName()), "collectedOn", DAY.format(request.collectedOn()),
                    "controller", Docx.xml(controller.name()), "dpoName", Docx.xml(controller.dpoName()),
                    "dpoEmail", Docx.xml(controller.dpoEmail())));
            int at = Docx.markerIndex(main, MARKER);
            main.getContent().remove(at);
            main.getContent().addAll(at, content(main, request, locale));
        } catch (Exception e) {
            throw new IllegalStateException("the report of " + request.caseNumber() + " could not be built: "
                    + e.getMessage(), e);
        }
        return pkg;
    }

    private List<Object> content(MainDocumentPart main, ReportRequest request, Locale locale) {
        Map<String, Set<String>> redacted = request.redactions().stream().collect(Collectors.groupingBy(
                Redaction::recordRef, Collectors.mapping(Redaction::field, Collectors.toSet())));
        Map<String, List<PersonalDataRecord>> byCategory = request.records().stream()
                .collect(Collectors.groupingBy(PersonalDataRecord::category, LinkedHashMap::new, Collectors.toList()));
        String lang = request.language();
        List<Object> content = new ArrayList<>();
        content.add(Docx.styled("Heading1", text("report.registers", locale)));
        for (Catalogue.Register register : catalogue.registers()) {
            content.add(Docx.styled("Heading2", register.name(lang)));
            for (Catalogue.Category category : register.categories()) {
                content.add(Docx.styled("Heading3", category.name(lang)));
                content.add(line(main, locale, "report.purposes", names(category.purposes(), catalogue.purposesById(), lang)));
                content.add(line(main, locale, "report.legalBases", category.legalBases().stream()
                        .map(id -> catalogue.legalBasesById().get(id))
                        .map(b -> b.name(lang) + " (" + b.article() + ")").collect(Collectors.joining("; "))));
                if (!category.recipients().isEmpty()) {
                    content.add(line(main, locale, "report.recipients",
                            names(category.recipients(), catalogue.recipientsById(), lang)));
                }
                content.add(line(main, locale, "report.retention",
                        catalogue.retentionRule(category.retention()).orElseThrow().name(lang)));
                content.add(line(main, locale, "report.sources", names(category.sources(), catalogue.sourcesById(), lang)));
                List<PersonalDataRecord> records = byCategory.getOrDefault(category.id(), List.of());
                if (records.isEmpty()) {
                    content.add(main.createParagraphOfText(text("report.noRecords", locale)));
                } else if (records.size() > series && records.stream().flatMap(r -> r.fields().keySet().stream())
                        .filter(AccessReportRenderer::shown).distinct().count() <= SERIES_MAX_FIELDS) {
                    content.addAll(series(main, records, redacted, locale));
                } else {
                    content.add(table(main, records, redacted, locale));
                }
            }
        }
        content.add(Docx.styled("Heading1", text("report.general", locale)));
        content.add(main.createParagraphOfText(catalogue.statements().internationalTransfers().in(lang)));
        content.add(main.createParagraphOfText(catalogue.statements().automatedDecisionMaking().in(lang)));
        content.add(Docx.styled("Heading1", text("report.rights", locale)));
        content.add(main.createParagraphOfText(text("report.rightsText", locale)));
        content.add(main.createParagraphOfText(text("report.complaint", locale).replace("{ombudsman}",
                controller.ombudsman())));
        return content;
    }

    private Tbl table(MainDocumentPart main, List<PersonalDataRecord> records, Map<String, Set<String>> redacted,
                      Locale locale) {
        Tbl table = Docx.grid(records.size() + 1, 2400, 1700, 5300);
        Docx.fill(Docx.cell(table, 0, 0), List.of(main.createParagraphOfText(text("report.what", locale))));
        Docx.fill(Docx.cell(table, 0, 1), List.of(main.createParagraphOfText(text("report.when", locale))));
        Docx.fill(Docx.cell(table, 0, 2), List.of(main.createParagraphOfText(text("report.details", locale))));
        for (int i = 0; i < records.size(); i++) {
            PersonalDataRecord r = records.get(i);
            String label = recordLabel(r.label(), locale);
            if (r.restricted()) {
                label += " (" + text("report.restricted", locale) + ")";
            }
            Docx.fill(Docx.cell(table, i + 1, 0), List.of(main.createParagraphOfText(label)));
            Docx.fill(Docx.cell(table, i + 1, 1), List.of(main.createParagraphOfText(
                    r.occurredAt() == null ? "" : format(r.occurredAt(), locale))));
            Set<String> removed = redacted.getOrDefault(r.recordRef(), Set.of());
            List<P> details = new ArrayList<>();
            r.fields().forEach((name, value) -> {
                if (shown(name)) {
                    details.add(main.createParagraphOfText(
                    fieldLabel(name, locale) + ": " + (removed.contains(name) ? text("report.redacted", locale)
                            : format(value, locale))));
                }
            });
            Docx.fill(Docx.cell(table, i + 1, 2), details);
        }
        return table;
    }

    /**
     * Fields a resident's report leaves out: the registers' internal row ids (the case, tenancy and apartment are
     * named by their own fields) and the staff account that handled a record (a colleague's login is the
     * colleague's data, not the resident's). The DPO's view and the registers keep them.
     */
    static final Set<String> NOT_FOR_THE_RESIDENT = Set.of("caseId", "tenancyId", "apartmentId", "checkedBy",
            "identityCheckedBy", "handledBy");

    /** A category with more records than this is a series (rent invoices, readings, lock events): a table per year. */
    static final int SERIES = 10;
    /** A series with more columns than this would not fit a page's width: it keeps one row per record. */
    private static final int SERIES_MAX_FIELDS = 5;

    private static boolean shown(String field) {
        return !NOT_FOR_THE_RESIDENT.contains(field.replaceAll("\\d+$", ""));
    }

    /** The records as a series: per Helsinki year (newest first), one table with a row per record. */
    private List<Object> series(MainDocumentPart main, List<PersonalDataRecord> records,
                                Map<String, Set<String>> redacted, Locale locale) {
        // a field that only repeats the record's date (an invoice's "date") is the "when" column already
        List<String> fields = records.stream().flatMap(r -> r.fields().keySet().stream()).filter(AccessReportRenderer::shown)
                .distinct().filter(f -> !records.stream().allMatch(r -> r.occurredAt() != null && r.fields().get(f) != null
                        && format(r.fields().get(f), locale).equals(format(r.occurredAt(), locale)))).toList();
        boolean labelsDiffer = records.stream().map(PersonalDataRecord::label).distinct().count() > 1;
        Map<Integer, List<PersonalDataRecord>> byYear = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        List<PersonalDataRecord> undated = new ArrayList<>();
        for (PersonalDataRecord r : records) {
            if (r.occurredAt() == null) {
                undated.add(r);
            } else {
                byYear.computeIfAbsent(r.occurredAt().atZone(HELSINKI).getYear(), y -> new ArrayList<>()).add(r);
            }
        }
        List<Object> content = new ArrayList<>();
        content.add(main.createParagraphOfText(text("report.series", locale).replace("{count}",
                String.valueOf(records.size()))));
        byYear.forEach((year, ofYear) -> {
            content.add(Docx.bold(year + " (" + ofYear.size() + ")"));
            content.add(seriesTable(main, ofYear, fields, labelsDiffer, redacted, locale));
        });
        if (!undated.isEmpty()) {
            content.add(Docx.bold(text("report.undated", locale) + " (" + undated.size() + ")"));
            content.add(seriesTable(main, undated, fields, labelsDiffer, redacted, locale));
        }
        return content;
    }

    private Tbl seriesTable(MainDocumentPart main, List<PersonalDataRecord> records, List<String> fields,
                            boolean withLabel, Map<String, Set<String>> redacted, Locale locale) {
        List<PersonalDataRecord> sorted = records.stream().sorted(java.util.Comparator.comparing(
                PersonalDataRecord::occurredAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        int columns = fields.size() + 1 + (withLabel ? 1 : 0);
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, (9400 - 1500) / Math.max(1, columns - 1));
        widths[0] = 1500;
        Tbl table = Docx.grid(sorted.size() + 1, widths);
        int c = 0;
        Docx.fill(Docx.cell(table, 0, c++), List.of(main.createParagraphOfText(text("report.when", locale))));
        if (withLabel) {
            Docx.fill(Docx.cell(table, 0, c++), List.of(main.createParagraphOfText(text("report.what", locale))));
        }
        for (String field : fields) {
            Docx.fill(Docx.cell(table, 0, c++), List.of(main.createParagraphOfText(fieldLabel(field, locale))));
        }
        for (int i = 0; i < sorted.size(); i++) {
            PersonalDataRecord r = sorted.get(i);
            Set<String> removed = redacted.getOrDefault(r.recordRef(), Set.of());
            c = 0;
            String when = r.occurredAt() == null ? "" : format(r.occurredAt(), locale);
            if (r.restricted()) {
                when += " (" + text("report.restricted", locale) + ")";
            }
            Docx.fill(Docx.cell(table, i + 1, c++), List.of(main.createParagraphOfText(when)));
            if (withLabel) {
                Docx.fill(Docx.cell(table, i + 1, c++), List.of(main.createParagraphOfText(recordLabel(r.label(), locale))));
            }
            for (String field : fields) {
                Object value = r.fields().get(field);
                String shownValue = removed.contains(field) ? text("report.redacted", locale)
                        : value == null ? "" : format(value, locale);
                Docx.fill(Docx.cell(table, i + 1, c++), List.of(main.createParagraphOfText(shownValue)));
            }
        }
        return table;
    }

    private P line(MainDocumentPart main, Locale locale, String key, String value) {
        return main.createParagraphOfText(text(key, locale) + ": " + value);
    }

    private static <T extends Catalogue.Named> String names(List<String> ids, Map<String, T> byId, String lang) {
        return ids.stream().map(byId::get).map(n -> n.name(lang)).collect(Collectors.joining("; "));
    }

    /** A record's label as the report shows it in the language (fi, sv, en). */
    public String recordLabel(String label, String language) {
        return recordLabel(label, Locale.forLanguageTag(language));
    }

    /** A field's name as the report shows it in the language (fi, sv, en). */
    public String fieldLabel(String field, String language) {
        return fieldLabel(field, Locale.forLanguageTag(language));
    }

    private String recordLabel(String label, Locale locale) {
        return text("label." + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""),
                locale);
    }

    private String fieldLabel(String field, Locale locale) {
        // per-person fields carry an id suffix (coResident17): the label is the field's
        return text("field." + field.replaceAll("\\d+$", ""), locale);
    }

    /** Text as XML can carry it: characters XML 1.0 forbids (a pasted vertical tab, NUL) become spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(allowed ? c : ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private String format(Object value, Locale locale) {
        return clean(formatted(value, locale));
    }

    private String formatted(Object value, Locale locale) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (value instanceof Instant i) {
            var local = i.atZone(HELSINKI);
            // records dated by day are stored as the day's start: show the day only
            return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DAY.format(local) : MINUTE.format(local);
        }
        if (value instanceof BigDecimal n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(n.scale() > 0 ? Math.min(n.scale(), 2) : 0);
            return f.format(n);
        }
        if (value instanceof Boolean b) {
            return text(b ? "yes" : "no", locale);
        }
        String text = String.valueOf(value);
        if (CONSTANT.matcher(text).matches()) {
            // register enums (MAIN_TENANT) read as words; an unknown constant stays as it is rather than vanish
            return texts.getMessage("value." + text, null, text, locale);
        }
        // co-residents are listed as "Name (ROLE)"
        Matcher role = TRAILING_CONSTANT.matcher(text);
        if (role.matches()) {
            return role.group(1) + " (" + texts.getMessage("value." + role.group(2), null, role.group(2), locale) + ")";
        }
        return text;
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, locale);
    }

    private byte[] template(String language) {
        return templates.computeIfAbsent(language, lang -> Docx.preparedTemplate("access-report-" + lang + ".docx"));
    }
}
