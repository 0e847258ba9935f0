package fi.tietovahti.mail;

import fi.tietovahti.catalogue.ControllerProperties;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Short letters in Finnish, Swedish and English (i18n/letters_*.properties). Every letter ends with the DPO's
 * contact and the right to complain to the Data Protection Ombudsman.
 */
@Component
public class LetterTexts {

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final ControllerProperties controller;

    LetterTexts(ControllerProperties controller) {
        this.controller = controller;
        messages.setBasename("i18n/letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    public record Letter(String subject, String body) {
    }

    /** The letter {@code key} in the language, with {name} style placeholders filled from {@code values}. */
    public Letter letter(String key, String language, Map<String, String> values) {
        Locale locale = Locale.forLanguageTag(language);
        String subject = fill(messages.getMessage(key + ".subject", null, locale), values);
        String body = fill(messages.getMessage(key + ".body", null, locale), values)
                + "\n\n" + fill(messages.getMessage("footer", null, locale), Map.of(
                "controller", controller.name(), "dpoName", controller.dpoName(), "dpoEmail", controller.dpoEmail(),
                "ombudsman", controller.ombudsman()));
        return new Letter(subject, body);
    }

    /** A piece of text for a letter (a ground's name, an end condition), in the language. */
    public String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static String fill(String template, Map<String, String> values) {
        // checked on the template, not the result: a value (a handler's reply) may itself contain braces
        java.util.regex.Matcher placeholders = PLACEHOLDER.matcher(template);
        while (placeholders.find()) {
            if (!values.containsKey(placeholders.group(1))) {
                throw new IllegalArgumentException("a placeholder of the letter was not filled: " + template);
            }
        }
        return PLACEHOLDER.matcher(template).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                values.get(m.group(1))));
    }
}
