package fi.tietovahti.registers;

import java.util.ArrayList;
import java.util.List;

/** What a source did with an erasure plan: per category, the action taken and how many records it touched. */
public record ErasureReport(String register, List<Line> lines) {

    public record Line(String category, ErasureAction action, int records) {
    }

    public ErasureReport {
        lines = List.copyOf(lines);
    }

    public int total() {
        return lines.stream().mapToInt(Line::records).sum();
    }

    /** Collects lines while a source works through its categories. */
    public static final class Builder {
        private final String register;
        private final List<Line> lines = new ArrayList<>();

        public Builder(String register) {
            this.register = register;
        }

        public Builder add(String category, ErasureAction action, int records) {
            lines.add(new Line(category, action, records));
            return this;
        }

        public ErasureReport build() {
            return new ErasureReport(register, lines);
        }
    }
}
