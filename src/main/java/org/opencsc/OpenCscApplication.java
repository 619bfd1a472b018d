package org.opencsc;

import org.opencsc.platform.DatabaseUrl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenCscApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(OpenCscApplication.class);
        // DATABASE_URL is how most hosting platforms hand over a PostgreSQL connection; it is
        // turned into defaults so that explicit spring.datasource.* settings still win.
        application.setDefaultProperties(DatabaseUrl.fromEnvironment(System.getenv("DATABASE_URL")));
        application.run(args);
    }
}
