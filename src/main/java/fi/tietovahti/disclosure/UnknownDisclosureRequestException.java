package fi.tietovahti.disclosure;

/** No disclosure request has this reference. */
public class UnknownDisclosureRequestException extends RuntimeException {
    public UnknownDisclosureRequestException(String reference) {
        super("no disclosure request " + reference);
    }
}
