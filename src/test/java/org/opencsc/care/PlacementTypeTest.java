package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlacementTypeTest {

    @Test
    void aNewPlacementIsOfferedOnlyTheSsda903CodesInUseOnTheDay() {
        var now = PlacementType.optionsOn(LocalDate.of(2026, 12, 8));
        assertThat(now).containsKey("K3").doesNotContainKeys("H5", "P2", "Z1");
        assertThat(now.get("K3")).isEqualTo("K3: Supported accommodation");
        var before = PlacementType.optionsOn(LocalDate.of(2025, 3, 31));
        assertThat(before).containsKeys("H5", "P2", "Z1").doesNotContainKey("K3");
    }

    @Test
    void supportedAccommodationIsARegisteredSettingWithAnOfstedUrnUnderEitherCode() {
        assertThat(PlacementType.K3.registeredSetting()).isTrue();
        assertThat(PlacementType.H5.registeredSetting()).isTrue();
    }
}
