package fi.tietovahti.catalogue;

import java.util.List;

/** The catalogue cannot be read or is inconsistent. Start-up stops with every problem listed. */
public class CatalogueException extends RuntimeException {

    private final List<String> problems;

    public CatalogueException(String location, List<String> problems) {
        super("The processing catalogue " + location + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogueException(String location, Throwable cause) {
        super("The processing catalogue " + location + " cannot be read: " + cause.getMessage(), cause);
        this.problems = List.of(cause.getMessage());
    }

    public List<String> problems() {
        return problems;
    }
}
