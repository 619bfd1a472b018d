package org.opencsc.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseOrigin databaseOrigin() {
        return DatabaseOrigin.EXTERNAL;
    }
}
