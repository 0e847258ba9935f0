package fi.tietovahti.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/disclosure-basis.dmn, one worked example per rule (issue 16, part 2; ../shared/legal/disclosure-bases.md):
 * who may get what on which basis, when the resident's consent or a named statute or case is needed, the
 * minimisation profile, and where the privacy notice claims more than the law. Evaluated with Camunda's DMN engine
 * alone: the table is the source, the process that uses it comes next.
 */
class DisclosureBasisTableTest {

    private static DmnEngine dmn;
    private static DmnDecision table;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/disclosure-basis.dmn"))) {
            table = dmn.parseDecision("disclosure-basis", in);
        }
    }

    private static DmnDecisionRuleResult decide(String kind, String purpose, boolean exchangeData) {
        return dmn.evaluateDecisionTable(table, Map.of("recipientKind", kind, "purpose", purpose,
                "exchangeData", exchangeData)).getSingleResult();
    }

    @ParameterizedTest(name = "{0} / {1} (exchange data {2}) -> {3} {6}")
    @CsvSource({
            // kind, purpose, exchange data, decision, consent, statute, profile, national section contains
            "KELA, HOUSING_ALLOWANCE, false, DISCLOSE, false, true, KELA_TENANCY, 938/2014 §42(1)",
            "KELA, MOVE_OUT_NOTICE, false, DISCLOSE, false, false, KELA_MOVE_OUT, 938/2014 §25(3)",
            "KELA, SOCIAL_ASSISTANCE, false, DISCLOSE, false, true, KELA_TENANCY, 1412/1997 §18 e",
            "KELA, HOUSING_ALLOWANCE, true, REFUSE, false, false, NONE, ''",
            "SOCIAL_SERVICES, HOUSING_ADVISORY, false, DISCLOSE, true, false, SOCIAL_REFERRAL, 1301/2014 §35(3)",
            "SOCIAL_SERVICES, CARE_NEED, false, DISCLOSE, true, false, SOCIAL_REFERRAL, 703/2023 §64",
            "POLICE, CRIME, false, DISCLOSE, false, true, CASE_NAMED, 872/2011",
            "BAILIFF, ENFORCEMENT, false, DISCLOSE, false, true, BAILIFF, 705/2007",
            "TAX_ADMINISTRATION, TAXATION, false, DISCLOSE, false, true, CASE_NAMED, 1558/1995 §19",
            "POPULATION_REGISTER, RESIDENCE, false, DISCLOSE, false, true, RESIDENCE, 201/1994",
            "ARA, SUPERVISION, false, DISCLOSE, false, false, TENANT_SELECTION, 604/2001",
            "MUNICIPALITY, SUPERVISION, false, DISCLOSE, false, false, TENANT_SELECTION, 604/2001",
            "CITY_HOUSING, APARTMENT_EXCHANGE, false, DISCLOSE, false, false, EXCHANGE_APPLICATION, 166/2008",
            "CITY_HOUSING, APARTMENT_EXCHANGE, true, REFUSE, false, false, NONE, ''",
            "COURT, PROCEEDINGS, false, DISCLOSE, false, true, CASE_NAMED, ch. 17 §40",
            "RESEARCHER, RESEARCH, false, DISCLOSE, false, true, PSEUDONYMISED, 1050/2018",
            "STATISTICS_FINLAND, STATISTICS, false, REFUSE, false, false, NONE, ''",
            "INSURER, DAMAGE_CLAIM, false, DISCLOSE, false, true, DAMAGE_CLAIM, ''",
            "PROCESSOR, SERVICE, false, DISCLOSE, false, false, SERVICE_NEEDS, ''",
            "PROCESSOR, COLLECTION, false, DISCLOSE, false, false, COLLECTION_HANDOVER, 513/1999",
            "RESIDENT_COMMITTEE, RESIDENTS_MEETING, false, DISCLOSE, false, false, RESIDENT_LIST, 1169/2022",
            "NEXT_TENANT, VIEWING, false, DISCLOSE, true, false, NEXT_TENANT_CONTACT, 481/1995",
            // outside every row: the DPO decides
            "POLICE, MARKETING, false, TO_DPO, false, false, NONE, ''",
            "NEIGHBOUR, CURIOSITY, false, TO_DPO, false, false, NONE, ''"})
    void eachRule(String kind, String purpose, boolean exchangeData, String decision, boolean consent,
                  boolean statute, String profile, String section) {
        DmnDecisionRuleResult result = decide(kind, purpose, exchangeData);
        assertThat((String) result.getEntry("decision")).isEqualTo(decision);
        assertThat((Boolean) result.getEntry("consentRequired")).as("consent required").isEqualTo(consent);
        assertThat((Boolean) result.getEntry("statuteRequired")).as("statute or case required").isEqualTo(statute);
        assertThat((String) result.getEntry("profile")).isEqualTo(profile);
        assertThat((String) result.getEntry("nationalSection")).contains(section);
        assertThat((String) result.getEntry("basis")).isNotBlank();
    }

    /** The two "by law" claims of the privacy notice that the law does not back, and only those (issue 16). */
    @ParameterizedTest
    @CsvSource({"SOCIAL_SERVICES, HOUSING_ADVISORY, no right to demand", "RESIDENT_COMMITTEE, RESIDENTS_MEETING, "
            + "no section gives the resident committee", "CITY_HOUSING, APARTMENT_EXCHANGE, no section orders",
            "KELA, HOUSING_ALLOWANCE, ''", "POLICE, CRIME, ''"})
    void theNoticesWordingIsFlaggedWhereTheLawGivesLess(String kind, String purpose, String flagged) {
        String differs = (String) decide(kind, purpose, false).getEntry("noticeDiffers");
        if (flagged.isEmpty()) {
            assertThat(differs).isEmpty();
        } else {
            assertThat(differs).contains(flagged);
        }
    }
}
