package fi.tietovahti.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tietovahti.request.PrivacyRequests;
import fi.tietovahti.request.RequesterMessageAction;
import fi.tietovahti.cases.PrivacyCase;
import fi.tietovahti.intake.TriageDecision;
import fi.tietovahti.objection.ObjectionDecision;
import fi.tietovahti.objection.Objections;
import fi.tietovahti.rectification.RectificationDecision;
import fi.tietovahti.registers.RestrictionGround;
import fi.tietovahti.restriction.RestrictedUseDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The closed sets of values a process variable takes are written once, as a Java enum, and the models agree with
 * it: every value a BPMN condition compares a variable with ({@code ${matchOutcome == 'REFUSED'}}) or a form offers
 * for it (a select's or radio's values) is a constant of the variable's enum, and every constant of the enum is
 * used by a model, unless it is listed below as set by Java only. A variable with values in a model but no enum
 * here fails too, so that a new one is written down.
 */
class ProcessValuesTest {

    /** Variable to its values in Java. */
    private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry(PrivacyRequests.MatchOutcome.VARIABLE, names(PrivacyRequests.MatchOutcome.values())),
            Map.entry(RequesterMessageAction.VARIABLE, names(RequesterMessageAction.values())),
            Map.entry(TriageDecision.VARIABLE, names(TriageDecision.values())),
            Map.entry(ObjectionDecision.VARIABLE, names(ObjectionDecision.values())),
            Map.entry("objectionTarget", names(Objections.Target.values())),
            Map.entry(RectificationDecision.VARIABLE, names(RectificationDecision.values())),
            Map.entry(RestrictedUseDecision.VARIABLE, names(RestrictedUseDecision.values())),
            // the decision form offers the four grounds of Art. 18(1) and a refusal beside them
            Map.entry("restrictionGround", plus(names(RestrictionGround.values()), "REFUSE")),
            Map.entry("extensionGround", names(PrivacyCase.ExtensionGround.values())),
            Map.entry("requestType", names(PrivacyCase.Type.values())),
            Map.entry("channel", names(PrivacyCase.Channel.values())),
            Map.entry("disclosureOutcome", names(fi.tietovahti.disclosure.DisclosureRequests.Outcome.values())),
            Map.entry("approval", names(fi.tietovahti.disclosure.DisclosureRequests.Approval.values())),
            Map.entry("approvalDecision", names(fi.tietovahti.disclosure.Verdict.values())),
            Map.entry("collectionDecision", names(fi.tietovahti.collection.RentCollection.Decision.values())),
            Map.entry("servedHow", names(fi.tietovahti.tenancy.Evictions.ServedHow.values())),
            Map.entry("judgment", names(fi.tietovahti.tenancy.Evictions.Judgment.values())),
            Map.entry("tenantLeft", names(fi.tietovahti.tenancy.Evictions.TenantLeft.values())),
            Map.entry("afterPaymentDecision", names(fi.tietovahti.tenancy.Evictions.AfterPayment.values())),
            Map.entry("disturbanceGround", names(fi.tietovahti.tenancy.Evictions.ConductGround.values())),
            Map.entry("complainantKind", names(fi.tietovahti.disturbance.DisturbanceCases.ComplainantKind.values())),
            Map.entry("investigationOutcome", names(fi.tietovahti.disturbance.DisturbanceCases.Outcome.values())),
            Map.entry("remarkHow", names(fi.tietovahti.disturbance.DisturbanceCases.RemarkHow.values())),
            Map.entry("exceptionBasis", names(fi.tietovahti.disturbance.DisturbanceCases.ExceptionBasis.values())),
            Map.entry("warningDeliveredHow", names(fi.tietovahti.disturbance.DisturbanceCases.WarningDelivery.values())),
            Map.entry("followUpOutcome", names(fi.tietovahti.disturbance.DisturbanceCases.FollowUp.values())),
            Map.entry("rescissionDecision", names(fi.tietovahti.disturbance.DisturbanceCases.RescissionDecision.values())),
            Map.entry("stepOutcome", names(fi.tietovahti.collection.RentCollection.Outcome.values())),
            Map.entry("paymentSettlement", names(fi.tietovahti.collection.Payments.Settlement.values())),
            Map.entry("secondApprovalDecision", names(fi.tietovahti.disclosure.Verdict.values())),
            Map.entry("dpoDisclosureDecision", names(fi.tietovahti.disclosure.Verdict.values())),
            Map.entry("dpoProfile", names(fi.tietovahti.disclosure.Profile.values())),
            Map.entry(fi.tietovahti.disclosure.RestrictedDisclosureDecision.VARIABLE,
                    names(fi.tietovahti.disclosure.RestrictedDisclosureDecision.values())),
            Map.entry("restrictionExceptionGround",
                    names(fi.tietovahti.disclosure.RestrictedDisclosureDecision.Ground.values())));

    /** Constants that only Java sets, with why no model names them. */
    private static final Map<String, Set<String>> JAVA_ONLY = Map.of(
            // the default flow after matching: no condition names it
            PrivacyRequests.MatchOutcome.VARIABLE, Set.of("MATCHED"),
            // the REST door's channel; the desk forms offer the others
            "channel", Set.of("REST"),
            // a refusal's profile: the DPO chooses data to disclose, never "nothing"
            "dpoProfile", Set.of("NONE"));

    /** Variables whose values are not a closed set read by Java: booleans and free choices the models keep. */
    private static final Set<String> NOT_ENUMS = Set.of(
            "extend", "releaseApproved", "liftingContested", "identityVerified", "straightThrough",
            "restrictionApplied", "rectificationApplied", "dpoApprovalNeeded",
            // languages: LetterTexts knows fi/sv/en; the generic triage's own vocabulary (triage.bpmn)
            "language", "requestLanguage", "resolution",
            // the desk check's document types are recorded as text, not branched on
            "documentType", "extensionMonths", "triage-start:channel",
            // the start form offers the recipient directory's ids and the decision table's purposes: configuration
            // and the table hold those sets, not an enum
            "recipientId", "purpose");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b([a-zA-Z][a-zA-Z0-9]*)\\s*(==|!=|\\beq\\b|\\bne\\b)\\s*'([^']*)'");

    @Test
    void theModelsAndTheEnumsNameTheSameValues() throws IOException {
        Map<String, Set<String>> inModels = valuesInModels();
        assertThat(inModels).as("values found in the models").containsKey(PrivacyRequests.MatchOutcome.VARIABLE);

        List<String> problems = new ArrayList<>();
        inModels.forEach((variable, values) -> {
            if (NOT_ENUMS.contains(variable)) {
                return;
            }
            Set<String> java = ENUMS.get(variable);
            if (java == null) {
                problems.add(variable + ": values " + values + " in a model, but no enum is named for it here");
                return;
            }
            for (String value : values) {
                if (!java.contains(value)) {
                    problems.add(variable + ": the models use " + value + ", which its enum does not have");
                }
            }
            for (String constant : java) {
                if (!values.contains(constant) && !JAVA_ONLY.getOrDefault(variable, Set.of()).contains(constant)) {
                    problems.add(variable + ": the enum has " + constant + ", which no model uses");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Variable to the values conditions compare it with and forms offer for it, in every model. */
    static Map<String, Set<String>> valuesInModels() throws IOException {
        Map<String, Set<String>> values = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher e = EXPRESSION.matcher(Files.readString(file));
                while (e.find()) {
                    Matcher m = COMPARISON.matcher(e.group());
                    while (m.find()) {
                        values.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(3));
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                // the generic triage (triage.bpmn) has a channel of its own, in lower case: not a case's channel
                String prefix = form.path("id").asText().equals("triage-start") ? "triage-start:" : "";
                collect(form.path("components"), values, prefix);
            }
        }
        values.values().removeIf(Set::isEmpty);
        return values;
    }

    private static void collect(JsonNode components, Map<String, Set<String>> into, String prefix) {
        for (JsonNode c : components) {
            if (c.has("values") && c.hasNonNull("key")) {
                for (JsonNode v : c.path("values")) {
                    String value = v.path("value").asText();
                    if (!value.equals("true") && !value.equals("false")) {
                        into.computeIfAbsent(prefix + c.path("key").asText(), k -> new TreeSet<>()).add(value);
                    }
                }
            }
            collect(c.path("components"), into, prefix);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> plus(Set<String> names, String extra) {
        Set<String> all = new TreeSet<>(names);
        all.add(extra);
        return all;
    }
}
