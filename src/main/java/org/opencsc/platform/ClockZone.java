package org.opencsc.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Local authorities work to UK time: dates recorded and dates due are dates in London. */
@Configuration(proxyBeanMethods = false)
public class ClockZone {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
