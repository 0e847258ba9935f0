package fi.tietovahti.hetu;

/** A personal identity code failed validation. The message says why and never repeats the code. */
public class InvalidPersonalIdentityCodeException extends IllegalArgumentException {
    public InvalidPersonalIdentityCodeException(String reason) {
        super("Invalid personal identity code: " + reason);
    }
}
