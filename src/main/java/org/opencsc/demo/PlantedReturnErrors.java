package org.opencsc.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.returns.CollectionYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mistakes put into the demo authority on purpose ({@code opencsc.demo-errors=true}) so that the
 * returns page has DfE rule failures to show. Each is the kind a busy worker makes, made on one
 * demo child, and each is named with the rules it breaks (README, "Demo errors"):
 * <ol>
 *   <li>a looked-after child's ethnicity left blank: CIN census 4220 and SSDA903 103;</li>
 *   <li>"no disability" ticked beside a disability: CIN census 8790;</li>
 *   <li>a missing episode recorded twice, overlapping itself: SSDA903 574.</li>
 * </ol>
 * The demo is clean without them: its returns have no errors.
 */
@Component
public class PlantedReturnErrors {

    /** One mistake made: which rule of which return it breaks, on which child. */
    public record Planted(String returnName, String code, long personId, String what) {
    }

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    PlantedReturnErrors(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    @Transactional
    public List<Planted> plant(CollectionYear year) {
        var planted = new ArrayList<Planted>();
        blankEthnicity(year).ifPresent(child -> {
            planted.add(new Planted("cin-census", "4220", child, "ethnicity left blank"));
            planted.add(new Planted("ssda903", "103", child, "ethnicity left blank"));
        });
        disabilityBesideNone(year).ifPresent(child -> planted.add(new Planted("cin-census", "8790", child, "a disability ticked beside none")));
        missingEpisodeTwice(year).ifPresent(child -> planted.add(new Planted("ssda903", "574", child, "a missing episode recorded twice")));
        return planted;
    }

    private Optional<Long> blankEthnicity(CollectionYear year) {
        var child = jdbc.sql("""
                        select p.id from person p
                        where p.authority_id = :authority and p.created_by = 'demo' and p.ethnicity is not null
                          and exists (select 1 from care_period c where c.person_id = p.id and c.start_date <= :end
                                      and (c.end_date is null or c.end_date >= :start))
                          and exists (select 1 from referral r where r.person_id = p.id and r.referral_date <= :end
                                      and (r.closure_date is null or r.closure_date >= :start))
                        order by p.id limit 1""")
                .params(scope(year)).query(Long.class).optional();
        child.ifPresent(id -> jdbc.sql("update person set ethnicity = null where id = :id").param("id", id).update());
        return child;
    }

    private Optional<Long> disabilityBesideNone(CollectionYear year) {
        var child = jdbc.sql("""
                        select p.id from person p
                        join person_disability d on d.person_id = p.id and d.code = 'NONE'
                        where p.authority_id = :authority and p.created_by = 'demo'
                          and exists (select 1 from referral r where r.person_id = p.id and r.referral_date between :start and :end)
                        order by p.id desc limit 1""")
                .params(scope(year)).query(Long.class).optional();
        child.ifPresent(id -> jdbc.sql("insert into person_disability (person_id, code) values (:id, 'HAND')").param("id", id).update());
        return child;
    }

    private Optional<Long> missingEpisodeTwice(CollectionYear year) {
        var episode = jdbc.sql("""
                        select m.id, m.person_id from missing_episode m join person p on p.id = m.person_id
                        where m.authority_id = :authority and p.created_by = 'demo' and m.returned_at is not null
                          and m.went_missing_at >= cast(:start as date) and m.returned_at < cast(:end as date)
                        order by m.id limit 1""")
                .params(scope(year)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        episode.ifPresent(found -> jdbc.sql("""
                        insert into missing_episode (authority_id, person_id, kind, went_missing_at, returned_at, reported_to_police, recorded_by)
                        select authority_id, person_id, kind, went_missing_at + interval '1 hour', returned_at, reported_to_police, recorded_by
                        from missing_episode where id = :id""")
                .param("id", found[0]).update());
        return episode.map(found -> found[1]);
    }

    private java.util.Map<String, Object> scope(CollectionYear year) {
        return java.util.Map.of("authority", authority.id(), "start", year.start(), "end", year.end());
    }
}
