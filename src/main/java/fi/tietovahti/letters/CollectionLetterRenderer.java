package fi.tietovahti.letters;

import fi.tietovahti.catalogue.ControllerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The payment reminder of a rent-collection case as DOCX, from templates/collection-reminder-{lang}.docx: what is owed
 * invoice by invoice (principal and late interest to the letter's day), the reminder's fee, the total, by when and
 * with which reference to pay, the late-interest rate, how to dispute the claim and ask for a payment plan, and what
 * follows if nothing is paid. The contents a collection letter must show follow DCA 513/1999 §5 a.
 */
@Component
public class CollectionLetterRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final String MARKER = "REMINDER_CONTENT";

    /** One invoice of the reminder: its due date and what of it is unpaid, with interest to the letter's day. */
    public record Line(LocalDate dueDate, BigDecimal unpaid, BigDecimal interest) {
    }

    public record Reminder(String caseNumber, String language, LocalDate date, String names, String address,
                           String contractNumber, List<Line> lines, BigDecimal fee, BigDecimal earlierCosts,
                           BigDecimal lateInterestRate, LocalDate payBy) {

        public BigDecimal total() {
            return lines.stream().map(l -> l.unpaid().add(l.interest())).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(fee).add(earlierCosts);
        }

        @Override
        public String toString() {
            return "Reminder[" + caseNumber + "]";
        }
    }

    private final ControllerProperties controller;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();

    CollectionLetterRenderer(ControllerProperties controller) {
        this.controller = controller;
        texts.setBasename("i18n/report");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public static String fileName(String caseNumber, LocalDate date) {
        return "maksumuistutus-" + caseNumber + "-" + date + ".docx";
    }

    public byte[] reminder(Reminder r) {
        String lang = List.of("fi", "sv", "en").contains(r.language()) ? r.language() : "fi";
        Locale locale = Locale.forLanguageTag(lang);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(templates
                    .computeIfAbsent(lang, l -> Docx.preparedTemplate("collection-reminder-" + l + ".docx"))));
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.variableReplace(Map.of("caseNumber", Docx.xml(r.caseNumber()), "date", DAY.format(r.date()),
                    "names", Docx.xml(r.names()), "address", Docx.xml(r.address()),
                    "contractNumber", Docx.xml(r.contractNumber()), "payBy", DAY.format(r.payBy()),
                    "total", euros(r.total()), "controller", Docx.xml(controller.name())));
            int at = Docx.markerIndex(main, MARKER);
            main.getContent().remove(at);
            main.getContent().addAll(at, content(main, r, locale));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the reminder of " + r.caseNumber() + " could not be built: "
                    + e.getMessage(), e);
        }
    }

    private List<Object> content(MainDocumentPart main, Reminder r, Locale locale) {
        List<Object> content = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Line l : r.lines()) {
            rows.add(List.of(DAY.format(l.dueDate()), euros(l.unpaid()), euros(l.interest())));
        }
        content.add(Docx.table(main, List.of(text("reminder.dueDate", locale), text("reminder.unpaid", locale),
                text("reminder.interest", locale)), rows, 2600, 2600, 2600));
        if (r.earlierCosts().signum() > 0) {
            content.add(main.createParagraphOfText(text("reminder.earlierCosts", locale) + " " + euros(r.earlierCosts())));
        }
        content.add(main.createParagraphOfText(text("reminder.fee", locale) + " " + euros(r.fee())));
        content.add(Docx.bold(text("reminder.total", locale) + " " + euros(r.total())));
        content.add(main.createParagraphOfText(text("reminder.howToPay", locale).replace("{payBy}", DAY.format(r.payBy()))
                .replace("{reference}", r.caseNumber())));
        content.add(main.createParagraphOfText(text("reminder.interestRate", locale)
                .replace("{rate}", r.lateInterestRate().stripTrailingZeros().toPlainString().replace('.', ','))));
        content.add(main.createParagraphOfText(text("reminder.dispute", locale)));
        content.add(main.createParagraphOfText(text("reminder.next", locale)));
        return content;
    }

    static String euros(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " €";
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, locale);
    }
}
