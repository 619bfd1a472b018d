package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencsc.platform.DatabaseOrigin;

class DemoProfileTest {

    @Test
    void theEmbeddedDatabaseGetsTheSmallDemoUnlessToldOtherwise() {
        assertThat(DemoProfile.toLoad(null, DatabaseOrigin.EMBEDDED)).contains(DemoProfile.SMALL);
        assertThat(DemoProfile.toLoad("large", DatabaseOrigin.EMBEDDED)).contains(DemoProfile.LARGE);
        assertThat(DemoProfile.toLoad("none", DatabaseOrigin.EMBEDDED)).isEmpty();
    }

    @Test
    void anExternalDatabaseGetsNoDemoUnlessAskedExplicitly() {
        assertThat(DemoProfile.toLoad(null, DatabaseOrigin.EXTERNAL)).isEmpty();
        assertThat(DemoProfile.toLoad("small", DatabaseOrigin.EXTERNAL)).contains(DemoProfile.SMALL);
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertThatThrownBy(() -> DemoProfile.toLoad("medium", DatabaseOrigin.EMBEDDED)).hasMessageContaining("small, large or none");
    }
}
