package org.opencsc.demo;

import org.opencsc.platform.DatabaseOrigin;
import org.opencsc.platform.OpenCscProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo authority into an empty database on start: small by default on the embedded
 * database, nothing on an external one unless {@code opencsc.demo} asks for it.
 */
@Component
@Order(10)
class DemoAuthorityLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAuthorityLoader.class);

    private final DemoAuthorityGenerator generator;
    private final OpenCscProperties properties;
    private final DatabaseOrigin origin;

    private final PlantedReturnErrors plantedErrors;
    private final java.time.Clock clock;

    DemoAuthorityLoader(DemoAuthorityGenerator generator, OpenCscProperties properties, DatabaseOrigin origin,
                        PlantedReturnErrors plantedErrors, java.time.Clock clock) {
        this.generator = generator;
        this.plantedErrors = plantedErrors;
        this.clock = clock;
        this.properties = properties;
        this.origin = origin;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var profile = DemoProfile.toLoad(properties.demo(), origin);
        if (profile.isEmpty() || !generator.authorityIsEmpty()) {
            return;
        }
        log.info("Loading the {} demo authority (first start only)", profile.get().name());
        var summary = generator.load(profile.get(), DemoAuthorityGenerator.DEFAULT_SEED);
        var rows = summary.rowsByTable();
        log.info("Loaded the {} demo authority: {} children ({} looked after, {} open cases), {} people, {} periods of care with {} placements,"
                        + " {} reviews and {} missing episodes in {} ms", summary.profile(), summary.children(), summary.lookedAfter(),
                summary.openCases(), summary.people(), rows.getOrDefault("care_period", 0), rows.getOrDefault("placement", 0),
                rows.getOrDefault("care_review", 0), rows.getOrDefault("missing_episode", 0), summary.took().toMillis());
        if (properties.demoErrors()) {
            var year = org.opencsc.returns.CollectionYear.latestEndedBy(java.time.LocalDate.now(clock.withZone(org.opencsc.platform.ClockZone.UK)));
            for (var planted : plantedErrors.plant(year)) {
                log.info("Demo error planted for the {} {} return: rule {} on child {} ({})", planted.returnName(), year.label(), planted.code(),
                        planted.personId(), planted.what());
            }
        }
    }
}
