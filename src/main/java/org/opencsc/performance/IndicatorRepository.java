package org.opencsc.performance;

import org.opencsc.child.HiddenRecords;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators' facts and their monthly sums. Facts are derived by the queries in
 * {@link IndicatorFactSql}; every change to the facts changes the sums by the same amount in the
 * same statement's transaction, so the two never disagree.
 */
@Repository
class IndicatorRepository {

    /** The local standards and days the fact queries need, besides the authority. */
    record Parameters(LocalDate today, OffsetDateTime now, int recordingDays, int preProceedingsDays, int homelessDays) {

        LocalDate from() {
            return YearMonth.from(today).minusMonths(IndicatorFacts.MONTHS_KEPT).atDay(1);
        }
    }

    /** A month's sums for one indicator, team (0: none) and breakdown. */
    record MonthSum(Indicator indicator, YearMonth month, long teamId, String breakdown, long counted, long met, long days) {
    }

    /** One fact, with the child's name where it is about a child. */
    /** A line behind a figure; {@code hidden}: a restricted child the reader may not see, with no name or reference. */
    record FactLine(long subjectId, Long personId, String name, String reference, long teamId, String outcome, LocalDate dueOn,
                    Integer days, String breakdown, boolean hidden) {
    }

    record Team(long id, String name) {
    }

    record Comparison(Indicator indicator, String period, Double national, Double comparator, String comparatorName, String enteredBy) {
    }

    private static final String INSERT = """
            insert into indicator_fact (authority_id, indicator, subject_id, person_id, team_id, month, outcome, due_on, days, breakdown)
            select :authority, :indicator, f.subject_id, f.person_id,
                   coalesce((select a.team_id from allocation a where a.person_id = f.person_id
                             order by (a.start_date <= f.on_date and (a.end_date is null or a.end_date >= f.on_date)) desc,
                                      abs(a.start_date - f.on_date)
                             limit 1), 0),
                   date_trunc('month', f.on_date)::date, f.outcome, f.due_on, f.days, coalesce(f.breakdown, '')
            from (%s) f
            where f.on_date is not null %s
            """;

    private static final String ADD_TO_SUMS = """
            insert into indicator_month as m (authority_id, indicator, month, team_id, breakdown, counted, met, days)
            select authority_id, indicator, month, team_id, breakdown,
                   :sign * count(*) filter (where outcome <> 'P'),
                   :sign * count(*) filter (where outcome = 'Y'),
                   :sign * coalesce(sum(days) filter (where outcome <> 'P'), 0)
            from %s
            group by authority_id, indicator, month, team_id, breakdown
            on conflict (authority_id, indicator, month, team_id, breakdown) do update
            set counted = m.counted + excluded.counted, met = m.met + excluded.met, days = m.days + excluded.days
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    IndicatorRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Derives every fact afresh and sums them. */
    void rebuildAll(Parameters parameters) {
        jdbc.sql("delete from indicator_fact where authority_id = :authority").param("authority", authority.id()).update();
        jdbc.sql("delete from indicator_month where authority_id = :authority").param("authority", authority.id()).update();
        for (var indicator : Indicator.values()) {
            insertFacts(indicator, parameters, "", Map.of());
        }
        jdbc.sql(ADD_TO_SUMS.formatted("indicator_fact where authority_id = :authority"))
                .param("authority", authority.id()).param("sign", 1).update();
    }

    /** Re-derives the facts of these children, taking their old facts out of the sums and putting the new ones in. */
    void refreshChildren(Collection<Long> personIds, Parameters parameters) {
        var facts = "indicator_fact where authority_id = :authority and person_id in (:ids)";
        jdbc.sql(ADD_TO_SUMS.formatted(facts)).param("authority", authority.id()).param("ids", personIds).param("sign", -1).update();
        jdbc.sql("delete from " + facts).param("authority", authority.id()).param("ids", personIds).update();
        for (var indicator : Indicator.values()) {
            if (!indicator.aboutHouseholds()) {
                insertFacts(indicator, parameters, "and f.person_id in (:ids)", Map.of("ids", personIds));
            }
        }
        jdbc.sql(ADD_TO_SUMS.formatted(facts)).param("authority", authority.id()).param("ids", personIds).param("sign", 1).update();
    }

    /** Re-derives the facts about carers' households (few enough to do whole). */
    void refreshHouseholds(Parameters parameters) {
        var names = java.util.Arrays.stream(Indicator.values()).filter(Indicator::aboutHouseholds).map(Indicator::name).toList();
        var facts = "indicator_fact where authority_id = :authority and indicator in (:names)";
        jdbc.sql(ADD_TO_SUMS.formatted(facts)).param("authority", authority.id()).param("names", names).param("sign", -1).update();
        jdbc.sql("delete from " + facts).param("authority", authority.id()).param("names", names).update();
        for (var indicator : Indicator.values()) {
            if (indicator.aboutHouseholds()) {
                insertFacts(indicator, parameters, "", Map.of());
            }
        }
        jdbc.sql(ADD_TO_SUMS.formatted(facts)).param("authority", authority.id()).param("names", names).param("sign", 1).update();
    }

    /** Pending facts whose day has passed unmet are missed: the passing of time changes them, not an edit. */
    int decidePending(LocalDate today) {
        return jdbc.sql("""
                        with decided as (
                            update indicator_fact set outcome = 'N'
                            where authority_id = :authority and outcome = 'P' and due_on < :today
                            returning authority_id, indicator, month, team_id, breakdown, outcome, days)
                        """ + ADD_TO_SUMS.formatted("decided"))
                .param("authority", authority.id()).param("today", today).param("sign", 1).update();
    }

    private void insertFacts(Indicator indicator, Parameters parameters, String filter, Map<String, Object> extra) {
        var sql = IndicatorFactSql.BY_INDICATOR.get(indicator);
        var statement = jdbc.sql(INSERT.formatted(sql, filter))
                .param("authority", authority.id())
                .param("indicator", indicator.name())
                .param("today", parameters.today())
                .param("from", parameters.from());
        if (sql.contains(":now")) {
            statement = statement.param("now", parameters.now());
        }
        if (sql.contains(":recordingDays")) {
            statement = statement.param("recordingDays", parameters.recordingDays());
        }
        if (sql.contains(":preProceedingsDays")) {
            statement = statement.param("preProceedingsDays", parameters.preProceedingsDays());
        }
        if (sql.contains(":homelessDays")) {
            statement = statement.param("homelessDays", parameters.homelessDays());
        }
        for (var parameter : extra.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        statement.update();
    }

    void markStale(long subjectId) {
        jdbc.sql("insert into indicator_stale (authority_id, subject_id) values (:authority, :subject) on conflict do nothing")
                .param("authority", authority.id()).param("subject", subjectId).update();
    }

    /** Takes up to a number of stale subjects off the list (the caller's transaction puts them back if it fails). */
    List<Long> takeStale(int limit) {
        return jdbc.sql("""
                        delete from indicator_stale where authority_id = :authority
                          and subject_id in (select subject_id from indicator_stale where authority_id = :authority order by subject_id limit :limit)
                        returning subject_id
                        """)
                .param("authority", authority.id()).param("limit", limit).query(Long.class).list();
    }

    Optional<IndicatorBuild> build() {
        return jdbc.sql("select fingerprint, built_for from indicator_build where authority_id = :authority")
                .param("authority", authority.id())
                .query((row, n) -> new IndicatorBuild(row.getString("fingerprint"), row.getObject("built_for", LocalDate.class)))
                .optional();
    }

    void saveBuild(IndicatorBuild build) {
        jdbc.sql("""
                        insert into indicator_build (authority_id, fingerprint, built_for) values (:authority, :fingerprint, :builtFor)
                        on conflict (authority_id) do update
                        set fingerprint = excluded.fingerprint, built_for = excluded.built_for, built_at = now(),
                            version = indicator_build.version + 1
                        """)
                .param("authority", authority.id()).param("fingerprint", build.fingerprint()).param("builtFor", build.builtFor()).update();
    }

    /** Moves the version on: the sums, or what is shown beside them, changed. */
    void changed() {
        jdbc.sql("update indicator_build set version = version + 1 where authority_id = :authority")
                .param("authority", authority.id()).update();
    }

    long version() {
        return jdbc.sql("select coalesce(max(version), -1) from indicator_build where authority_id = :authority")
                .param("authority", authority.id()).query(Long.class).single();
    }

    /** The sums for a span of months, for the authority (team null) or one team. */
    List<MonthSum> sums(YearMonth from, YearMonth to, Long teamId) {
        return jdbc.sql("""
                        select indicator, month, %s as team_id, breakdown, sum(counted) as counted, sum(met) as met, sum(days) as days
                        from indicator_month
                        where authority_id = :authority and month between :from and :to %s
                        group by indicator, month, breakdown %s
                        """.formatted(teamId == null ? "0" : "team_id", teamId == null ? "" : "and team_id = :team",
                        teamId == null ? "" : ", team_id"))
                .param("authority", authority.id()).param("from", from.atDay(1)).param("to", to.atDay(1))
                .param("team", teamId == null ? 0L : teamId)
                .query((row, n) -> new MonthSum(Indicator.valueOf(row.getString("indicator")),
                        YearMonth.from(row.getObject("month", LocalDate.class)), row.getLong("team_id"), row.getString("breakdown"),
                        row.getLong("counted"), row.getLong("met"), row.getLong("days")))
                .list();
    }

    /** Every indicator's sums for each team over a span of months, breakdowns together. */
    List<MonthSum> sumsPerTeam(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select indicator, month, team_id, sum(counted) as counted, sum(met) as met, sum(days) as days
                        from indicator_month
                        where authority_id = :authority and month between :from and :to
                        group by indicator, month, team_id
                        """)
                .param("authority", authority.id()).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((row, n) -> new MonthSum(Indicator.valueOf(row.getString("indicator")),
                        YearMonth.from(row.getObject("month", LocalDate.class)), row.getLong("team_id"), "",
                        row.getLong("counted"), row.getLong("met"), row.getLong("days")))
                .list();
    }

    /** Each team's sums for one indicator over a span of months. */
    List<MonthSum> sumsByTeam(Indicator indicator, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select month, team_id, sum(counted) as counted, sum(met) as met, sum(days) as days
                        from indicator_month
                        where authority_id = :authority and indicator = :indicator and month between :from and :to
                        group by month, team_id
                        """)
                .param("authority", authority.id()).param("indicator", indicator.name())
                .param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((row, n) -> new MonthSum(indicator, YearMonth.from(row.getObject("month", LocalDate.class)), row.getLong("team_id"),
                        "", row.getLong("counted"), row.getLong("met"), row.getLong("days")))
                .list();
    }

    /** The facts behind a figure, a page at a time, children by name. */
    List<FactLine> facts(Indicator indicator, YearMonth month, Long teamId, String outcome, String breakdown, int limit, int offset) {
        // Only the filters asked for are in the query, so that each shape gets a plan of its own on the list's index.
        var filters = (teamId == null ? "" : " and f.team_id = :team") + (outcome == null ? "" : " and f.outcome = :outcome")
                + (breakdown == null ? "" : " and f.breakdown = :breakdown");
        // Masked before it is sorted: a child the reader may not see has no name here, and sorts after every named line.
        var statement = jdbc.sql("""
                        select f.subject_id, f.person_id, f.team_id, f.outcome, f.due_on, f.days, f.breakdown, m.hidden,
                               %s as name, %s as la_child_id
                        from indicator_fact f
                        left join person p on p.id = f.person_id
                        left join carer_household h on f.person_id is null and h.id = f.subject_id
                        cross join lateral (select %s as hidden) m
                        where f.authority_id = :authority and f.indicator = :indicator and f.month = :month %s
                        order by m.hidden, name, f.subject_id
                        limit :limit offset :offset
                        """.formatted(HiddenRecords.maskedSql("m.hidden", "coalesce(p.family_name || ', ' || p.given_name, h.name)"),
                        HiddenRecords.maskedSql("m.hidden", "p.la_child_id"), HiddenRecords.hiddenSql("f.person_id"), filters))
                .param("authority", authority.id()).param("indicator", indicator.name()).param("month", month.atDay(1))
                .param(HiddenRecords.READER, HiddenRecords.reader())
                .param("limit", limit).param("offset", offset);
        if (teamId != null) {
            statement = statement.param("team", teamId);
        }
        if (outcome != null) {
            statement = statement.param("outcome", outcome);
        }
        if (breakdown != null) {
            statement = statement.param("breakdown", breakdown);
        }
        return statement
                .query((row, n) -> new FactLine(row.getLong("subject_id"), (Long) row.getObject("person_id"), row.getString("name"),
                        row.getString("la_child_id"), row.getLong("team_id"), row.getString("outcome"),
                        row.getObject("due_on", LocalDate.class), (Integer) row.getObject("days"), row.getString("breakdown"),
                        row.getBoolean("hidden")))
                .list();
    }

    List<Team> teams() {
        return jdbc.sql("select id, name from team where authority_id = :authority order by name")
                .param("authority", authority.id())
                .query((row, n) -> new Team(row.getLong("id"), row.getString("name")))
                .list();
    }

    List<Comparison> comparisons() {
        return jdbc.sql("""
                        select indicator, period, national, comparator, comparator_name, entered_by
                        from indicator_comparison where authority_id = :authority
                        """)
                .param("authority", authority.id())
                .query((row, n) -> new Comparison(Indicator.valueOf(row.getString("indicator")), row.getString("period"),
                        (Double) Optional.ofNullable(row.getBigDecimal("national")).map(java.math.BigDecimal::doubleValue).orElse(null),
                        (Double) Optional.ofNullable(row.getBigDecimal("comparator")).map(java.math.BigDecimal::doubleValue).orElse(null),
                        row.getString("comparator_name"), row.getString("entered_by")))
                .list();
    }

    void saveComparison(Indicator indicator, String period, Double national, Double comparator, String comparatorName, String username) {
        jdbc.sql("""
                        insert into indicator_comparison (authority_id, indicator, period, national, comparator, comparator_name, entered_by)
                        values (:authority, :indicator, :period, :national, :comparator, :comparatorName, :username)
                        on conflict (authority_id, indicator) do update
                        set period = excluded.period, national = excluded.national, comparator = excluded.comparator,
                            comparator_name = excluded.comparator_name, entered_by = excluded.entered_by, entered_at = now()
                        """)
                .param("authority", authority.id()).param("indicator", indicator.name()).param("period", period)
                .param("national", national).param("comparator", comparator).param("comparatorName", comparatorName)
                .param("username", username).update();
    }

    void removeComparison(Indicator indicator) {
        jdbc.sql("delete from indicator_comparison where authority_id = :authority and indicator = :indicator")
                .param("authority", authority.id()).param("indicator", indicator.name()).update();
    }

    Optional<Integer> childPopulation() {
        return jdbc.sql("select children from child_population where authority_id = :authority")
                .param("authority", authority.id()).query(Integer.class).optional();
    }

    void saveChildPopulation(int year, int children, String username) {
        jdbc.sql("""
                        insert into child_population (authority_id, year, children, entered_by) values (:authority, :year, :children, :username)
                        on conflict (authority_id) do update
                        set year = excluded.year, children = excluded.children, entered_by = excluded.entered_by, entered_at = now()
                        """)
                .param("authority", authority.id()).param("year", year).param("children", children).param("username", username).update();
    }
}
