package org.opencsc.platform;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a {@code DATABASE_URL} in either of its common forms, {@code postgres://user:pass@host:port/db}
 * or a JDBC URL, into {@code spring.datasource.*} properties.
 */
public final class DatabaseUrl {

    private DatabaseUrl() {
    }

    public static Map<String, Object> fromEnvironment(String databaseUrl) {
        Map<String, Object> properties = new HashMap<>();
        if (databaseUrl == null || databaseUrl.isBlank()) {
            return properties;
        }
        var value = databaseUrl.strip();
        if (value.startsWith("jdbc:")) {
            properties.put("spring.datasource.url", value);
            return properties;
        }
        var uri = URI.create(value);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
        }
        var port = uri.getPort() == -1 ? 5432 : uri.getPort();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        properties.put("spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
        if (uri.getRawUserInfo() != null) {
            var userInfo = uri.getRawUserInfo().split(":", 2);
            properties.put("spring.datasource.username", decode(userInfo[0]));
            if (userInfo.length == 2) {
                properties.put("spring.datasource.password", decode(userInfo[1]));
            }
        }
        return properties;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
