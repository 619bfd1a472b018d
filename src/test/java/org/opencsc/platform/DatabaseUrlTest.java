package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsAPostgresUrlWithCredentials() {
        var properties = DatabaseUrl.fromEnvironment("postgres://csc:s%40cret@db.council.internal:6432/opencsc?sslmode=require");
        assertThat(properties)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db.council.internal:6432/opencsc?sslmode=require")
                .containsEntry("spring.datasource.username", "csc")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void defaultsThePortAndPassesJdbcUrlsThrough() {
        assertThat(DatabaseUrl.fromEnvironment("postgresql://db/opencsc"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/opencsc");
        assertThat(DatabaseUrl.fromEnvironment("jdbc:postgresql://db/opencsc"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db/opencsc");
    }

    @Test
    void noUrlMeansTheEmbeddedDatabase() {
        assertThat(DatabaseUrl.fromEnvironment(null)).isEmpty();
        assertThat(DatabaseUrl.fromEnvironment(" ")).isEmpty();
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> DatabaseUrl.fromEnvironment("mysql://db/opencsc")).isInstanceOf(IllegalArgumentException.class);
    }
}
