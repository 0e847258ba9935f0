package fi.tietovahti.cases;

/** No case has this number. */
public class UnknownCaseException extends RuntimeException {
    public UnknownCaseException(String caseNumber) {
        super("No case " + caseNumber);
    }
}
