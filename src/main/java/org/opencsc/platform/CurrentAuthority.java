package org.opencsc.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The authority this instance serves. Every row carries an authority id and every query is
 * scoped by it, so that one database can later hold several councils.
 */
@Component
public class CurrentAuthority {

    private final JdbcClient jdbc;
    private final OpenCscProperties properties;
    private volatile Short id;

    CurrentAuthority(JdbcClient jdbc, OpenCscProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public short id() {
        var known = id;
        if (known == null) {
            known = findOrCreate();
            id = known;
        }
        return known;
    }

    public String laCode() {
        return properties.laCode();
    }

    public String name() {
        return properties.councilName();
    }

    private synchronized short findOrCreate() {
        jdbc.sql("""
                insert into authority (id, la_code, name)
                select coalesce(max(id), 0) + 1, :laCode, :name from authority
                on conflict (la_code) do nothing
                """)
                .param("laCode", properties.laCode())
                .param("name", properties.councilName())
                .update();
        return jdbc.sql("select id from authority where la_code = :laCode")
                .param("laCode", properties.laCode())
                .query(Short.class)
                .single();
    }
}
