package fi.tietovahti.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.cases.CaseDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The files page says what each file is, in the page's three languages, for every kind a case can hold. */
class FilesPageTest {

    @ParameterizedTest
    @EnumSource(CaseDocuments.Kind.class)
    void everyKindOfFileIsExplained(CaseDocuments.Kind kind) {
        String text = DeliveryController.WHAT_IT_IS.get(kind);
        assertThat(text).as(kind.name()).isNotBlank();
        assertThat(text.split("\\. ")).as("fi, sv and en").hasSizeGreaterThanOrEqualTo(3);
    }
}
