package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void flagsTakeTheirValueEitherWay() {
        var line = CommandLine.parse(List.of("cin-census", "--collection-year", "2026", "--out=/tmp/r", "--validate"), Set.of("validate"));
        assertThat(line.words()).containsExactly("cin-census");
        assertThat(line.flag("collection-year")).contains("2026");
        assertThat(line.flag("out")).contains("/tmp/r");
        assertThat(line.has("validate")).isTrue();
    }

    @Test
    void aSwitchDoesNotSwallowTheWordAfterIt() {
        var line = CommandLine.parse(List.of("--validate", "ssda903"), Set.of("validate"));
        assertThat(line.words()).containsExactly("ssda903");
    }

    @Test
    void theApplicationsOwnSettingsArePassedOver() {
        var line = CommandLine.parse(List.of("annex-a", "--opencsc.demo=none", "--out", "x"), Set.of());
        assertThat(line.flags()).containsOnlyKeys("out");
        assertThat(line.flag("missing")).isEmpty();
    }
}
