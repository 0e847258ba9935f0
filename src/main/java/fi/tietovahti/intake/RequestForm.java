package fi.tietovahti.intake;

import fi.tietovahti.cases.PrivacyCase;
import java.time.LocalDate;
import java.util.List;

/**
 * What a resident wrote in the request form (templates/request-form-{fi,sv,en}.docx), field by field. A field left
 * as its placeholder is null. {@code problems} lists what could not be read as written (an invalid identity code,
 * an unknown request type), in words a handler can act on; they never contain the value itself.
 */
public record RequestForm(PrivacyCase.Type type, String name, String identityCode, LocalDate birthDate,
                          String address, String email, String phone, String language, String description,
                          String correction, List<String> problems) {

    public RequestForm {
        problems = List.copyOf(problems);
    }

    /** What was filled in, not the values: a form that reaches a log line by accident carries nobody's data. */
    @Override
    public String toString() {
        return "RequestForm[type=" + type + ", language=" + language + ", identityCode="
                + (identityCode == null ? "none" : "given") + ", problems=" + problems.size() + "]";
    }

    /** The identity code, masked, for anything a person reads besides the case tables. */
    public String identityCodeMasked() {
        return identityCode == null ? null : fi.tietovahti.hetu.PersonalIdentityCode.mask(identityCode);
    }
}
