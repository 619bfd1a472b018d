package org.opencsc.timescales;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, after any demo load: if the stored clocks were derived by another version of the rule
 * table (an upgrade added a clock or changed a period), derives every clock again, so that a new
 * rule applies to the children already on the system and not only to those whose records change.
 */
@Component
@Order(20)
class RuleChangeCatchUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RuleChangeCatchUp.class);

    private final TimescaleService timescales;

    RuleChangeCatchUp(TimescaleService timescales) {
        this.timescales = timescales;
    }

    @Override
    public void run(ApplicationArguments args) {
        timescales.rederiveIfRulesChanged().ifPresent(done ->
                LOG.info("The timescale rules changed: derived {} clocks again for {} children in {} ms", done.clocks(), done.children(), done.took().toMillis()));
    }
}
