package fi.tietovahti.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.ErasurePlan;
import fi.tietovahti.registers.ErasureReport;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSource;
import fi.tietovahti.registers.RestrictionGround;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The catalogue as a transcription of the privacy notice, and the validation that keeps it whole. */
class CatalogueTest {

    private static final ClassPathResource FILE = new ClassPathResource("catalogue/catalogue.yml");

    private static Catalogue real() {
        return CatalogueLoader.load(FILE);
    }

    private static String text() throws IOException {
        return FILE.getContentAsString(StandardCharsets.UTF_8);
    }

    private static Catalogue loadWith(String from, String to) throws IOException {
        String original = text();
        assertThat(original).contains(from);
        return CatalogueLoader.load(new ByteArrayResource(original.replace(from, to).getBytes(StandardCharsets.UTF_8),
                "mutated catalogue"));
    }

    @Test
    void theCatalogueIsValid() {
        assertThat(CatalogueValidator.validate(real())).isEmpty();
    }

    @Test
    void itHasEveryRegisterOfThePrivacyNoticeAndTheCaseFiles() {
        assertThat(real().registers()).extracting(Catalogue.Register::id).containsExactlyInAnyOrder(
                "tenancy", "rent-ledger", "collection", "maintenance", "keys", "bookings", "door-opening",
                "consumption", "customer-service", "disturbance", "health", "newsletter", "apartment-exchange",
                "ekoekspertti", "camera",
                // not in the notice's list, but personal data all the same: the requests, how identity was checked, the
                // answers, and the mail exchanged about them
                "privacy-cases", "identity-verification", "access-answers", "privacy-mailbox",
                // the disclosures made about the person and their consents to them (GDPR 15(1)(c), 30)
                "disclosures");
    }

    @Test
    void itNamesEveryRecipientOfThePrivacyNotice() {
        // "Henkilötietojesi luovuttaminen", item by item
        assertThat(real().recipientsById()).containsKeys(
                "kela-housing-allowance", "kela-landlord-duty", "kela-social-assistance", // Kela
                "social-services", // sosiaaliviranomaiset, by law or consent
                "city-housing-services", // Helsingin kaupungin asuntopalvelut
                "police", "bailiff", "tax-administration", "population-register", "ara-supervision", // other authorities
                "courts", // oikeudenkäyntimenettely
                "insurers", // vakuutusyhtiö
                "processor-collection", "processor-key-management", "processor-it", "processor-contractors",
                "resident-committee", // talotoimikunta
                "research", // tutkimus, tilastointi
                "next-tenant", // uusi asukas, with consent
                "ekoekspertti-users"); // points shown to other users
        assertThat(real().recipientsById().get("next-tenant").consentRequired()).isTrue();
        assertThat(real().recipientsById().get("social-services").consentRequired()).isTrue();
    }

    @Test
    void itStatesNoTransfersOutsideTheEeaAndNoAutomatedDecisions() {
        Catalogue.Statements statements = real().statements();
        assertThat(statements.internationalTransfers().in("fi")).contains("Euroopan talousalueen ulkopuolella");
        assertThat(statements.automatedDecisionMaking().in("en")).contains("not used for automated decision-making");
        assertThat(statements.internationalTransfers().in("sv")).isNotBlank();
    }

    @Test
    void exchangeApplicationsGoToTheCitysHousingServicesButMarketplaceAccountsNowhere() {
        assertThat(real().category("tenancy.exchange-application").orElseThrow().recipients())
                .contains("city-housing-services");
        assertThat(real().category("apartment-exchange.account").orElseThrow().recipients()).isEmpty();
    }

    @Test
    void aMissingStatementIsRejected() throws IOException {
        assertThatThrownBy(() -> loadWith("    sv: Dina personuppgifter används inte för automatiserat beslutsfattande eller profilering.\n", ""))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("automatedDecisionMaking");
    }

    @Test
    void apartmentExchangeDataIsNeverDisclosed() {
        Catalogue.Register exchange = real().register("apartment-exchange").orElseThrow();
        assertThat(exchange.isDisclosable()).isFalse();
        assertThat(exchange.categories()).allSatisfy(c -> assertThat(c.recipients()).isEmpty());
    }

    @Test
    void retentionPeriodsAreTheNoticesAndTheLaws() {
        Catalogue c = real();
        assertThat(c.retentionRule("camera-14-days").orElseThrow().period()).isEqualTo(Period.ofDays(14));
        assertThat(c.retentionRule("exchange-inactive").orElseThrow().period()).isEqualTo(Period.ofMonths(3));
        assertThat(c.retentionRule("ledger-books").orElseThrow().period()).isEqualTo(Period.ofYears(10));
        assertThat(c.retentionRule("ledger-vouchers").orElseThrow().period()).isEqualTo(Period.ofYears(6));
        assertThat(c.retentionRule("camera-14-days").orElseThrow().justification()).isNotBlank();
        assertThat(c.category("rent-ledger.invoice").orElseThrow().retention()).isEqualTo("ledger-books");
        assertThat(c.category("newsletter.subscription").orElseThrow().retention()).isEqualTo("until-unsubscribe");
    }

    @Test
    void legalBasesFollowTheNotice() {
        Catalogue c = real();
        assertThat(c.category("newsletter.subscription").orElseThrow().legalBases()).containsExactly("consent");
        assertThat(c.category("camera.recording").orElseThrow().legalBases()).containsExactly("legitimate-interest");
        assertThat(c.category("ekoekspertti.profile").orElseThrow().legalBases()).containsExactly("terms-of-use");
        assertThat(c.category("health.covid").orElseThrow().sensitive()).isTrue();
        assertThat(c.category("rent-ledger.invoice").orElseThrow().legalBases()).contains("contract", "legal-obligation");
    }

    @Test
    void portabilityExcludesWhatRestsOnLawAlone() {
        // the notice: no portability where processing rests on law; the ledger and collection rest on law too
        Set<String> portable = real().portableCategories();
        assertThat(portable).contains("newsletter.subscription", "apartment-exchange.account", "ekoekspertti.profile")
                .doesNotContain("rent-ledger.invoice", "collection.step", "health.covid", "camera.recording");
    }

    @Test
    void aCategoryWithoutAPurposeIsRejected() throws IOException {
        assertThatThrownBy(() -> loadWith("        purposes: [office-safety]\n", ""))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("category camera.recording has no purpose");
    }

    @Test
    void aCategoryWithoutALegalBasisIsRejected() throws IOException {
        assertThatThrownBy(() -> loadWith("        legalBases: [legitimate-interest]\n        retention: camera-14-days",
                "        retention: camera-14-days"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("camera.recording has no legal basis");
    }

    @Test
    void anUnknownRetentionRuleIsRejected() throws IOException {
        assertThatThrownBy(() -> loadWith("retention: camera-14-days", "retention: forever"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("unknown retention rule 'forever'");
    }

    @Test
    void aCategoryWithoutRetentionIsRejected() throws IOException {
        assertThatThrownBy(() -> loadWith("        retention: camera-14-days\n", ""))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("camera.recording has no retention rule");
    }

    @Test
    void healthDataNeedsAnArticle9Basis() throws IOException {
        assertThatThrownBy(() -> loadWith("legalBases: [art9-public-health]", "legalBases: [contract]"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("health.covid is a special category but has no Art. 9 legal basis");
    }

    @Test
    void aMisspelledKeyIsAnErrorNotSilence() throws IOException {
        assertThatThrownBy(() -> loadWith("        portable: true\n", "        portabel: true\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("portabel");
    }

    @Test
    void theExchangeCannotGainRecipients() throws IOException {
        assertThatThrownBy(() -> loadWith("        retention: exchange-inactive\n        sources: [data-subject]\n        recipients: []",
                "        retention: exchange-inactive\n        sources: [data-subject]\n        recipients: [police]"))
                .hasMessageContaining("register apartment-exchange is never disclosed");
    }

    @Test
    void aRegisterHoldingACategoryTheCatalogueLacksIsRejected() {
        List<PersonalDataSource> sources = new ArrayList<>(sourcesMatching(real()));
        sources.removeIf(s -> s.register().equals("camera"));
        sources.add(new FakeSource("camera", Set.of("camera.recording", "camera.face-template")));
        assertThat(CatalogueValidator.validateSources(real(), sources))
                .containsExactly("FakeSource holds category 'camera.face-template', which the catalogue lacks under register camera");
    }

    @Test
    void aCatalogueRegisterWithoutASourceAndAnUnknownRegisterAreRejected() {
        List<PersonalDataSource> sources = new ArrayList<>(sourcesMatching(real()));
        sources.removeIf(s -> s.register().equals("health"));
        sources.add(new FakeSource("parking-cameras", Set.of("parking-cameras.plate")));
        assertThat(CatalogueValidator.validateSources(real(), sources)).containsExactlyInAnyOrder(
                "FakeSource serves register 'parking-cameras', which the catalogue lacks",
                "register health is in the catalogue but no PersonalDataSource serves it");
    }

    private static List<PersonalDataSource> sourcesMatching(Catalogue c) {
        return c.registers().stream().<PersonalDataSource>map(r -> new FakeSource(r.id(),
                Set.copyOf(r.categories().stream().map(Catalogue.Category::id).toList()))).toList();
    }

    private record FakeSource(String register, Set<String> categories) implements PersonalDataSource {
        @Override
        public List<PersonalDataRecord> collect(DataSubject subject) {
            return List.of();
        }

        @Override
        public ErasureReport erase(DataSubject subject, ErasurePlan plan) {
            return new ErasureReport(register, List.of());
        }

        @Override
        public int restrict(DataSubject subject, Set<String> categories, RestrictionGround ground, String caseRef) {
            return 0;
        }
    }
}
