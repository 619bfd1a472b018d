package org.opencsc.timescales;

import java.util.EnumMap;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LocalStandardRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    LocalStandardRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    LocalStandards load() {
        var set = new EnumMap<LocalStandard, Timescale>(LocalStandard.class);
        jdbc.sql("select setting, amount, unit from timescale_setting where authority_id = :authority")
                .param("authority", authority.id())
                .query((java.sql.ResultSet row) -> {
                    // A setting this version no longer knows is ignored rather than failing every page.
                    for (var standard : LocalStandard.values()) {
                        if (standard.name().equals(row.getString("setting"))) {
                            set.put(standard, new Timescale(row.getInt("amount"), PeriodUnit.valueOf(row.getString("unit"))));
                        }
                    }
                });
        return new LocalStandards(set);
    }

    void save(LocalStandard standard, Timescale timescale, String username) {
        jdbc.sql("""
                        insert into timescale_setting (authority_id, setting, amount, unit, changed_by)
                        values (:authority, :setting, :amount, :unit, :username)
                        on conflict (authority_id, setting) do update
                        set amount = excluded.amount, unit = excluded.unit, changed_by = excluded.changed_by, changed_at = now()
                        """)
                .param("authority", authority.id())
                .param("setting", standard.name())
                .param("amount", timescale.amount())
                .param("unit", timescale.unit().name())
                .param("username", username)
                .update();
    }
}
