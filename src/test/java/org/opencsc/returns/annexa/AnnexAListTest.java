package org.opencsc.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.SchemaViolationException;

class AnnexAListTest {

    @Test
    void sixMonthListsCoverSixWholeMonthsEndingOnTheDay() {
        assertThat(AnnexAList.CONTACTS.firstDay(LocalDate.parse("2026-03-31"))).isEqualTo("2025-10-01");
        assertThat(AnnexAList.CHILD_PROTECTION.firstDay(LocalDate.parse("2025-08-31"))).isEqualTo("2025-03-01");
        assertThat(AnnexAList.REFERRALS.firstDay(LocalDate.parse("2026-11-18"))).isEqualTo("2026-05-19");
    }

    @Test
    void twelveMonthListsCoverTheYearEndingOnTheDayAndCareLeaversAreThoseOnTheDay() {
        assertThat(AnnexAList.CHILDREN_IN_CARE.firstDay(LocalDate.parse("2026-03-31"))).isEqualTo("2025-04-01");
        assertThat(AnnexAList.ADOPTERS.firstDay(LocalDate.parse("2024-02-29"))).isEqualTo("2023-03-01");
        assertThat(AnnexAList.CARE_LEAVERS.firstDay(LocalDate.parse("2026-03-31"))).isEqualTo("2026-03-31");
    }

    @Test
    void everyListHasOfstedsPublishedSheetNameAndColumnsInOrder() {
        var published = AnnexAColumns.published();
        assertThat(published).hasSize(11);
        for (var list : AnnexAList.values()) {
            assertThat(list.headings()).as(list.sheetName()).isEqualTo(published.get(list.sheetName()));
        }
    }

    @Test
    void aWorkbookWithoutAllTheListsIsRefused() {
        assertThatThrownBy(() -> AnnexAColumns.check(List.of(AnnexAList.CONTACTS))).isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining("the workbook has 1 lists; Ofsted's has 11");
    }
}
