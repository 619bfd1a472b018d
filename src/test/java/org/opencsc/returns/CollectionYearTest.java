package org.opencsc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearTest {

    @Test
    void theYearIsNamedByTheMarchItEndsIn() {
        var year = new CollectionYear(2026);
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.label()).isEqualTo("2025/26");
        assertThat(year.previous()).isEqualTo(new CollectionYear(2025));
    }

    @Test
    void bothEndsOfTheYearAreInsideIt() {
        var year = new CollectionYear(2026);
        assertThat(year.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void theLatestEndedYearTurnsOverOnThe31stOfMarch() {
        assertThat(CollectionYear.latestEndedBy(LocalDate.of(2026, 3, 30))).isEqualTo(new CollectionYear(2025));
        assertThat(CollectionYear.latestEndedBy(LocalDate.of(2026, 3, 31))).isEqualTo(new CollectionYear(2026));
        assertThat(CollectionYear.latestEndedBy(LocalDate.of(2026, 11, 30))).isEqualTo(new CollectionYear(2026));
    }

    @Test
    void aYearThatIsNotAYearIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CollectionYear.parse("25/26")).hasMessageContaining("such as 2026");
        assertThatThrownBy(() -> CollectionYear.parse("26")).hasMessageContaining("such as 2026");
    }
}
