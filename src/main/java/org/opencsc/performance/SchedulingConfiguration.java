package org.opencsc.performance;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The indicators are kept current in the background, a few seconds behind the record. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
