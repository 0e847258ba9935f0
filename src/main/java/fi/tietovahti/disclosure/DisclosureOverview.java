package fi.tietovahti.disclosure;

import fi.tietovahti.catalogue.Catalogue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the DPO sees of disclosures: every hand-over by recipient, basis, period and person (for the Art. 30 record
 * as CSV too), the refusals, and where the privacy notice's wording of a recipient's basis claims more than the law
 * recorded in the decision table.
 */
@Service
public class DisclosureOverview {

    /** A hand-over as the overview lists it: no names, how many people. */
    public record Row(Instant disclosedAt, String reference, String recipientId, String recipientKind,
                      String recipientName, String purpose, String basis, String nationalSection, String categories,
                      String fields, int people, String decidedBy, String approvedBy, String secondApprovedBy,
                      String delivery, String sha256, String cause) {
    }

    /** A refusal on the record. */
    public record Refusal(Instant receivedAt, String reference, String recipientName, String purpose, String reason,
                          String channel) {
    }

    /** A catalogue recipient whose notice wording differs from the basis the system records. */
    public record NoticeDifference(String catalogueRecipient, String noticeSays, String recorded, String difference) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RepositoryService repository;
    private final Catalogue catalogue;

    DisclosureOverview(NamedParameterJdbcTemplate jdbc, RepositoryService repository, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.catalogue = catalogue;
    }

    /**
     * The hand-overs, newest first, filtered by any of: recipient (directory id or kind), a word of the basis or
     * section, the period [from, to), the people concerned (person ids).
     */
    public List<Row> disclosures(String recipient, String basis, Instant from, Instant to, Collection<Long> persons) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder("where true");
        if (recipient != null && !recipient.isBlank()) {
            where.append(" and (d.recipient_id = :recipient or d.recipient_kind = :recipient)");
            p.addValue("recipient", recipient.strip());
        }
        if (basis != null && !basis.isBlank()) {
            where.append(" and (d.basis ilike :basis or d.national_section ilike :basis)");
            p.addValue("basis", "%" + basis.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (from != null) {
            where.append(" and d.disclosed_at >= :from");
            p.addValue("from", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and d.disclosed_at < :to");
            p.addValue("to", Timestamp.from(to));
        }
        if (persons != null) {
            where.append(" and exists (select 1 from tietovahti.disclosure_subject x where x.disclosure_id = d.id "
                    + "and x.person_id in (:persons))");
            p.addValue("persons", persons.isEmpty() ? List.of(-1L) : persons);
        }
        return jdbc.query("""
                select d.*, r.reference, (select count(*) from tietovahti.disclosure_subject s
                                          where s.disclosure_id = d.id) as people
                from tietovahti.disclosure d join tietovahti.disclosure_request r on r.id = d.request_id
                """ + where + " order by d.disclosed_at desc, d.id desc limit 10000", p, (rs, i) -> new Row(
                rs.getTimestamp("disclosed_at").toInstant(), rs.getString("reference"), rs.getString("recipient_id"),
                rs.getString("recipient_kind"), rs.getString("recipient_name"), rs.getString("purpose"),
                rs.getString("basis"), rs.getString("national_section"), rs.getString("categories"),
                rs.getString("fields"), rs.getInt("people"), rs.getString("decided_by"), rs.getString("approved_by"),
                rs.getString("second_approved_by"), rs.getString("delivery"), rs.getString("sha256"),
                rs.getString("cause")));
    }

    /** The refusals, newest first. */
    public List<Refusal> refusals(Instant from, Instant to) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder("where status = 'REFUSED'");
        if (from != null) {
            where.append(" and received_at >= :from");
            p.addValue("from", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and received_at < :to");
            p.addValue("to", Timestamp.from(to));
        }
        return jdbc.query("select * from tietovahti.disclosure_request " + where
                + " order by received_at desc, id desc limit 10000", p, (rs, i) -> new Refusal(
                rs.getTimestamp("received_at").toInstant(), rs.getString("reference"), rs.getString("recipient_name"),
                rs.getString("purpose"), rs.getString("reason"), rs.getString("channel")));
    }

    /** The hand-overs as CSV for the Art. 30 record (UTF-8, ";"), one line each, no names. */
    public String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("disclosedAt;reference;recipient;recipientKind;purpose;basis;"
                + "nationalSection;categories;fields;people;decidedBy;approvedBy;secondApprovedBy;delivery;sha256\r\n");
        for (Row r : rows) {
            List<String> cells = List.of(r.disclosedAt().toString(), r.reference(), r.recipientName(),
                    r.recipientKind(), r.purpose(), nz(r.basis()), nz(r.nationalSection()), r.categories(), r.fields(),
                    Integer.toString(r.people()), nz(r.decidedBy()), nz(r.approvedBy()), nz(r.secondApprovedBy()),
                    r.delivery(), r.sha256());
            out.append(String.join(";", cells.stream().map(DisclosureExtracts::cell).toList())).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The catalogue recipients whose privacy-notice basis claims more than the law the decision table records, from
     * the deployed table's column {@code noticeDiffers}: the DPO's list for correcting the notice.
     */
    public List<NoticeDifference> noticeDifferences() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(
                "disclosure-basis").latestVersion().singleResult();
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        List<String> columns = new ArrayList<>();
        for (Output output : table.getOutputs()) {
            columns.add(output.getName());
        }
        Map<String, NoticeDifference> found = new TreeMap<>();
        for (Rule rule : table.getRules()) {
            List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
            String differs = unquote(entries.get(columns.indexOf("noticeDiffers")).getText().getTextContent());
            String recipient = unquote(entries.get(columns.indexOf("catalogueRecipient")).getText().getTextContent());
            if (differs.isEmpty() || recipient.isEmpty()) {
                continue;
            }
            String recorded = unquote(entries.get(columns.indexOf("basis")).getText().getTextContent()) + ", "
                    + unquote(entries.get(columns.indexOf("nationalSection")).getText().getTextContent());
            String notice = catalogue.recipientsById().containsKey(recipient)
                    ? catalogue.recipientsById().get(recipient).basis() : "(not in the catalogue)";
            found.putIfAbsent(recipient, new NoticeDifference(recipient, notice, recorded, differs));
        }
        return List.copyOf(found.values());
    }

    private static String unquote(String feel) {
        String s = feel == null ? "" : feel.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1).replace("\\\"", "\"") : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
