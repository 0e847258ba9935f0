package fi.tietovahti.registers;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.catalogue.Catalogue;
import fi.tietovahti.demo.DemoDataGenerator;
import fi.tietovahti.hetu.PersonalIdentityCode;
import fi.tietovahti.registers.tenancy.Person;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TietovahtiTest
class PersonalDataSourcesIT {

    @Autowired
    PersonalDataSources sources;
    @Autowired
    ResidentDirectory residents;
    @Autowired
    Catalogue catalogue;

    private DataSubject showcase() {
        Person aino = residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_HETU)).orElseThrow();
        return residents.subjectOf(List.of(aino.getId()));
    }

    @Test
    void everyRegisterOfTheCatalogueHasExactlyOneSource() {
        assertThat(sources.all()).extracting(PersonalDataSource::register)
                .containsExactlyInAnyOrderElementsOf(catalogue.registers().stream().map(Catalogue.Register::id).toList());
    }

    @Test
    void theShowcaseResidentsDataComesFromEveryRegisterAndEveryCategory() {
        List<PersonalDataRecord> records = sources.collect(showcase());

        assertThat(records).extracting(PersonalDataRecord::register).containsAll(
                sources.all().stream().map(PersonalDataSource::register).toList());
        Set<String> categories = records.stream().map(PersonalDataRecord::category).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrderElementsOf(catalogue.categories().map(Catalogue.Category::id).toList());
        assertThat(records).allSatisfy(r -> {
            assertThat(r.label()).isNotBlank();
            assertThat(r.recordRef()).contains(":");
            assertThat(r.fields()).isNotEmpty();
        });
    }

    @Test
    void recordsCarryTheSubjectsIdentityCodeAsAValueTypeThatMasksItself() {
        PersonalDataRecord identity = sources.collect(showcase()).stream()
                .filter(r -> r.category().equals("tenancy.resident-identity")).findFirst().orElseThrow();
        assertThat(identity.fields().get("personalIdentityCode")).isInstanceOf(PersonalIdentityCode.class)
                .hasToString("010594Y****");
    }

    @Test
    void otherPeoplesDataIsMarkedForRedaction() {
        Map<String, List<PersonalDataRecord>> byCategory = sources.collect(showcase()).stream()
                .collect(Collectors.groupingBy(PersonalDataRecord::category));
        // complainants in the disturbance file about her household; a complaint she made herself names only her
        // (whether she made one depends on the reference day's demo data)
        assertThat(byCategory.get("disturbance.complaint")).filteredOn(r -> r.fields().containsKey("caseId"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.thirdPartyFields()).contains("complainant"));
        assertThat(byCategory.get("disturbance.complaint")).filteredOn(r -> !r.fields().containsKey("caseId"))
                .allSatisfy(r -> assertThat(r.thirdPartyFields()).isEmpty());
        // the staff member who wrote each customer-service note
        assertThat(byCategory.get("customer-service.interaction"))
                .allSatisfy(r -> assertThat(r.thirdPartyFields()).containsExactly("handledBy"));
        // the spouse and child on her lease (the periods Kela paid her allowance to the landlord are hers alone)
        assertThat(byCategory.get("tenancy.lease")).filteredOn(r -> r.recordRef().startsWith("tenancy:")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.carriesThirdPartyData()).isTrue());
        // her own ledger carries nobody else
        assertThat(byCategory.get("rent-ledger.invoice")).noneMatch(PersonalDataRecord::carriesThirdPartyData);
    }

    @Test
    void theSpouseSharesTheLeaseButNotTheMainTenantsOwnAccounts() {
        Person mikko = residents.byIdentityCode(PersonalIdentityCode.parse(DemoDataGenerator.SHOWCASE_SPOUSE_HETU))
                .orElseThrow();
        Set<String> registers = sources.collect(residents.subjectOf(List.of(mikko.getId()))).stream()
                .map(PersonalDataRecord::register).collect(Collectors.toSet());
        assertThat(registers).contains("tenancy", "rent-ledger", "collection", "keys")
                .doesNotContain("newsletter", "apartment-exchange", "ekoekspertti", "health");
    }

    @Test
    void theCatalogueDecidesWhatIsPortable() {
        List<PersonalDataRecord> portable = sources.portable(showcase(), catalogue.portableCategories());
        assertThat(portable).isNotEmpty()
                .allSatisfy(r -> assertThat(catalogue.category(r.category()).orElseThrow().portable()).isTrue());
        assertThat(portable).extracting(PersonalDataRecord::register)
                .doesNotContain("rent-ledger", "collection", "health", "camera");
    }

    @Test
    void anUnknownSubjectHasNoData() {
        assertThat(sources.collect(new DataSubject(Set.of(), Set.of(), Set.of()))).isEmpty();
        assertThat(sources.collect(new DataSubject(Set.of(-1L), Set.of(-1L), Set.of("nobody@example.com")))).isEmpty();
    }
}
