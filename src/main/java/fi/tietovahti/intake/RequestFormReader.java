package fi.tietovahti.intake;

import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.hetu.InvalidPersonalIdentityCodeException;
import fi.tietovahti.hetu.PersonalIdentityCode;
import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.TextUtils;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSdtDropDownList;
import org.docx4j.wml.CTSdtListItem;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;

/**
 * Reads a filled-in request form by the tags of its content controls. A control still showing its placeholder is
 * empty, not an answer. The file is checked before docx4j sees it: at most {@link #MAX_BYTES}, at most
 * {@link #MAX_ENTRIES} parts and {@link #MAX_UNZIPPED} bytes unpacked (counted while unpacking, not trusted from the
 * zip's headers: a zip bomb), and no part may declare a DTD (external entities). Anything refused throws
 * {@link UnreadableForm} with the reason; the message never quotes the file.
 */
public final class RequestFormReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ENTRIES = 300;
    public static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    /** The tags of the form's content controls. */
    public static final String TYPE = "requestType";
    public static final String NAME = "name";
    public static final String IDENTITY_CODE = "identityCode";
    public static final String BIRTH_DATE = "birthDate";
    public static final String ADDRESS = "address";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String LANGUAGE = "language";
    public static final String DESCRIPTION = "description";
    public static final String CORRECTION = "correction";

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private RequestFormReader() {
    }

    /** Reads a filled form; {@code clock} decides what "today" is for the birth date and identity code. */
    public static RequestForm read(byte[] docx, Clock clock) {
        check(docx);
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Exception e) {
            throw new UnreadableForm("not a readable Word document", e);
        }
        Map<String, String> values = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (SdtElement control : controls(pkg)) {
            SdtPr pr = control.getSdtPr();
            if (pr == null || pr.getTag() == null || showingPlaceholder(pr)) {
                continue;
            }
            String shown = text(control).strip();
            if (shown.isEmpty()) {
                continue;
            }
            // a drop-down shows its display text; the value behind it is the answer
            CTSdtDropDownList list = (CTSdtDropDownList) pr.getByClass(CTSdtDropDownList.class);
            String value = list == null ? shown : list.getListItem().stream()
                    .filter(i -> shown.equals(i.getDisplayText())).findFirst().map(CTSdtListItem::getValue).orElse(shown);
            values.merge(pr.getTag().getVal(), value, (a, b) -> a + "\n" + b);
        }
        return new RequestForm(type(values.get(TYPE), problems), values.get(NAME), identityCode(values.get(IDENTITY_CODE),
                problems, clock), birthDate(values.get(BIRTH_DATE), problems, clock), values.get(ADDRESS), values.get(EMAIL),
                values.get(PHONE), language(values.get(LANGUAGE), problems), values.get(DESCRIPTION),
                values.get(CORRECTION), problems);
    }

    /** Every content control of the document, in document order. */
    static List<SdtElement> controls(WordprocessingMLPackage pkg) {
        List<SdtElement> controls = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                Object unwrapped = o instanceof JAXBElement<?> e ? e.getValue() : o;
                if (unwrapped instanceof SdtElement sdt) {
                    controls.add(sdt);
                }
                return null;
            }
        });
        return controls;
    }

    private static void check(byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw new UnreadableForm("the attachment is empty");
        }
        if (docx.length > MAX_BYTES) {
            throw new UnreadableForm("the form is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        int entries = 0;
        long unzipped = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableForm("the form has more than " + MAX_ENTRIES + " parts");
                }
                boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                String carry = ""; // the end of the previous chunk: a declaration may straddle two reads
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unzipped += n;
                    if (unzipped > MAX_UNZIPPED) {
                        throw new UnreadableForm("the form unpacks to more than " + MAX_UNZIPPED / (1024 * 1024)
                                + " MB (a zip bomb?)");
                    }
                    String chunk = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    carry = chunk.substring(Math.max(0, chunk.length() - 16));
                    if (xml && containsDoctype(chunk)) {
                        throw new UnreadableForm("a part of the form declares a DTD (" + entry.getName()
                                + "): refused, it could reach for external entities");
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableForm("not a Word document (not a zip file)", e);
        }
        if (entries == 0) {
            throw new UnreadableForm("not a Word document (not a zip file)");
        }
    }

    /** A DTD anywhere in a part: a Word document never has one. (UTF-16 parts are not produced by Word for DOCX.) */
    private static boolean containsDoctype(String chunk) {
        String upper = chunk.toUpperCase(Locale.ROOT);
        return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
    }

    private static boolean showingPlaceholder(SdtPr pr) {
        for (Object o : pr.getRPrOrAliasOrLock()) {
            if (o instanceof JAXBElement<?> e && "showingPlcHdr".equals(e.getName().getLocalPart())) {
                Object v = e.getValue();
                return !(v instanceof BooleanDefaultTrue b) || b.isVal();
            }
        }
        return false;
    }

    private static String text(SdtElement control) {
        StringWriter out = new StringWriter();
        try {
            TextUtils.extractText(control.getSdtContent(), out);
        } catch (Exception e) {
            throw new UnreadableForm("a field of the form cannot be read", e);
        }
        return out.toString();
    }

    private static PrivacyCase.Type type(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return PrivacyCase.Type.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("the request type is not one of the form's choices");
            return null;
        }
    }

    private static String identityCode(String value, List<String> problems, Clock clock) {
        if (value == null) {
            return null;
        }
        try {
            return PersonalIdentityCode.parse(value, clock).value();
        } catch (InvalidPersonalIdentityCodeException e) {
            problems.add("the identity code is not valid: " + e.getMessage());
            return null;
        }
    }

    private static LocalDate birthDate(String value, List<String> problems, Clock clock) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip(), FINNISH_DATE);
            if (date.isAfter(LocalDate.now(clock.withZone(fi.tietovahti.deadline.LegalDeadlines.HELSINKI)))) {
                problems.add("the birth date is in the future");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add("the birth date is not a date like 1.5.1994");
            return null;
        }
    }

    private static String language(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("fi") || v.equals("sv") || v.equals("en")) {
            return v;
        }
        problems.add("the language is not fi, sv or en");
        return null;
    }
}
