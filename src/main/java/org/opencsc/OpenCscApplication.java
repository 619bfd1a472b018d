package org.opencsc;

import java.util.HashMap;
import java.util.Set;
import org.opencsc.platform.DatabaseUrl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the application, or, when the first argument is a command's name
 * ({@code java -jar opencsc.jar benchmark ...}), runs that command on the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenCscApplication {

    /** Commands that measure the pages and so need the web server. */
    private static final Set<String> COMMANDS_WITH_WEB_SERVER = Set.of("benchmark");

    public static void main(String[] args) {
        var application = new SpringApplication(OpenCscApplication.class);
        // DATABASE_URL is how most hosting platforms hand over a PostgreSQL connection; it is
        // turned into defaults so that explicit spring.datasource.* settings still win.
        var defaults = new HashMap<String, Object>(DatabaseUrl.fromEnvironment(System.getenv("DATABASE_URL")));
        var command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        if (command != null) {
            defaults.put("opencsc.command", command);
            defaults.put("logging.level.root", "warn");
            if (COMMANDS_WITH_WEB_SERVER.contains(command)) {
                if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--server.port="))) {
                    args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"), java.util.Arrays.stream(args))
                            .toArray(String[]::new);
                }
            } else {
                application.setWebApplicationType(WebApplicationType.NONE);
            }
        }
        application.setDefaultProperties(defaults);
        var context = application.run(args);
        if (command != null) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
