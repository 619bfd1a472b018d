package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildSearchTest {

    @Test
    void readsNamesAndADateOfBirthTogether() {
        var search = ChildSearch.parse("Zoe Smith 03/04/2015", null, 0);
        assertThat(search.nameWords()).containsExactly("Zoe", "Smith");
        assertThat(search.dateOfBirth()).isEqualTo(LocalDate.of(2015, 4, 3));
    }

    @Test
    void readsAnNhsNumberTypedWithSpaces() {
        assertThat(ChildSearch.parse("943 476 5919", null, 0).nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void readsAUpnAndAnLaChildId() {
        assertThat(ChildSearch.parse("t999123415001", null, 0).upn()).isEqualTo("T999123415001");
        assertThat(ChildSearch.parse("C0001234", null, 0).identifier()).isEqualTo("C0001234");
    }

    @Test
    void readsAFullPostcodeInTheSearchBoxAndAPartOneInItsOwnField() {
        assertThat(ChildSearch.parse("nw7 2ab", null, 0).postcode()).isEqualTo("NW72AB");
        assertThat(ChildSearch.parse("", "nw7", 0).postcode()).isEqualTo("NW7");
    }

    @Test
    void anImpossibleDateIsNotADateOfBirth() {
        var search = ChildSearch.parse("31/02/2015", null, 0);
        assertThat(search.dateOfBirth()).isNull();
        assertThat(search.identifier()).isEqualTo("31/02/2015");
    }

    @Test
    void nothingTypedIsAnEmptySearch() {
        assertThat(ChildSearch.parse("   ", " ", 0).isEmpty()).isTrue();
        assertThat(ChildSearch.parse("ab", null, 0).nameWords()).isEqualTo(List.of("ab"));
    }
}
