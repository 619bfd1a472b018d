package org.opencsc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featurePackagesOnlyUseEachOthersPublicParts() {
        ApplicationModules.of(OpenCscApplication.class).verify();
    }
}
